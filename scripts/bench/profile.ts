/**
 * CPU profiling for `--profile`: one extra run per size with the V8 sampling profiler
 * on, written as a .cpuprofile (open it in Chrome DevTools' Performance panel) and
 * summarised as the functions with the most self time. It is a separate run, never one
 * of the measured ones, because the profiler slows the page down; the summary is there
 * so a regression can be pointed at without opening DevTools.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

export interface TopFunction {
  /** "name file:line:column", the file without its URL so the lines stay short. */
  fn: string;
  ms: number;
  /** Of all samples, idle included, so the shares say how busy the page was. */
  share: number;
}

/** Starts the profiler; the returned function stops it and writes the profile to `file`. */
export async function startCpuProfile(cdp: CDPSession, file: string): Promise<() => Promise<void>> {
  await cdp.send('Profiler.enable');
  // 200 µs rather than the default 1 ms, so a handler of a millisecond still gets samples.
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
  };
}

/** The functions with the most self time in a CPU profile. */
export function topFunctions(file: string, count = 12): TopFunction[] {
  interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const where = f.url
      ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self]
    .filter(([k]) => k !== '(idle)' && k !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: ms / total }));
}
