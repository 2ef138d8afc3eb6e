/**
 * The few statistics the benchmark reports, kept apart from the browser code so they
 * can be read (and trusted) on their own. Per run we summarise a series (the 20 frame
 * intervals or busy times of a zoom) as avg, p95 and max, because a smooth average
 * can hide one dropped frame; across runs we take the median, because one run on a
 * noisy machine should not move the figure we publish.
 */

export interface Stats {
  avg: number;
  p95: number;
  max: number;
}

/** An entry of the page's `longtask` observer, in ms since navigation. */
export interface LongTask {
  start: number;
  dur: number;
}

export interface LongTaskSummary {
  count: number;
  sumMs: number;
  maxMs: number;
}

/** Nearest-rank p95; NaN for an empty series so it shows as "–", not as 0. */
export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return {
    avg: s.reduce((a, b) => a + b, 0) / (s.length || 1),
    p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? NaN,
    max: s[s.length - 1] ?? NaN,
  };
}

/** Ignores NaN, which stands for "not measured" (a run without zoom, say). */
export function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function summariseLongTasks(tasks: LongTask[]): LongTaskSummary {
  return {
    count: tasks.length,
    sumMs: tasks.reduce((s, t) => s + t.dur, 0),
    maxMs: tasks.reduce((m, t) => Math.max(m, t.dur), 0),
  };
}
