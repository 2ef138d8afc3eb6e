import type { TimeScale } from './timeScale';
import { formatLabel, type Lang } from './tickLabels';
import { estimateWidth } from './labels/measure';
import { TICK_LEVELS, type TickLevel } from './tickLevels';

/** Clear space between two labels, px. */
export const LABEL_GAP = 8;
/** Ticks closer than this read as a comb, however short their labels ("Q1", "3"). */
export const MIN_SPACING = 44;

/** A tick; its label is centred on x. */
export interface Tick {
  t: number;
  x: number;
  label: string;
  major: boolean;
}

/** A context label (the year under months); left-aligned at x. */
export interface ContextLabel {
  t: number;
  x: number;
  label: string;
}

export interface AxisTicks {
  /** The name of the chosen row of TICK_LEVELS; '' if none fits. */
  level: string;
  ticks: Tick[];
  context: ContextLabel[];
}

type Estimate = (text: string) => number;

function ticksOf(level: TickLevel, scale: TimeScale, lang: Lang): Tick[] {
  const [d0, d1] = scale.domain();
  const dates = level.interval.range(d0 ?? new Date(NaN), new Date(+(d1 ?? NaN) + 1));
  return dates.map((d, i) => {
    const t = +d;
    // Bold only on the boundary itself: the first Monday of a month is not the month.
    const major = !!level.parent && +level.parent.floor(d) === t;
    // The context row below already names the year (or month): no need to repeat it.
    const long = !level.context && (major || i === 0);
    return { t, x: scale(d), label: formatLabel(level.label, t, lang, long), major };
  });
}

/** Centred labels do not overlap when their half-widths and the gap fit between ticks. */
function fits(ticks: Tick[], estimate: Estimate): boolean {
  let prevHalf = 0;
  for (let i = 0; i < ticks.length; i++) {
    const tick = ticks[i] as Tick;
    const half = estimate(tick.label) / 2;
    const spacing = i > 0 ? tick.x - (ticks[i - 1] as Tick).x : Infinity;
    if (spacing < Math.max(prevHalf + half + LABEL_GAP, MIN_SPACING)) return false;
    prevHalf = half;
  }
  return true;
}

/**
 * The leading period's label sticks to the left edge (x = 0) so the year is always
 * readable; it yields to the next real boundary rather than overlap it. The last
 * period's label, when it cannot fit after its boundary, ends at the right edge instead,
 * over that boundary still: without it a bold "Q1" there would read as the year before.
 */
function contextOf(
  level: TickLevel,
  scale: TimeScale,
  lang: Lang,
  estimate: Estimate,
): ContextLabel[] {
  if (!level.context) return [];
  const { interval, label } = level.context;
  const [d0, d1] = scale.domain();
  if (!d0 || !d1) return [];
  const starts = interval.range(d0, new Date(+d1 + 1)).map((d) => ({ t: +d, x: scale(d) }));
  if (+interval.floor(d0) < +d0)
    starts.unshift({ t: +interval.floor(d0), x: scale.range()[0] ?? 0 });
  const kept: ContextLabel[] = [];
  // Every label ends inside the plot: a year cut to "202" says nothing.
  const edge = scale.range()[1] ?? Infinity;
  let limit = edge;
  for (let i = starts.length - 1; i >= 0; i--) {
    const s = starts[i] as { t: number; x: number };
    const text = formatLabel(label, s.t, lang);
    const width = estimate(text) + LABEL_GAP;
    const x = kept.length ? s.x : Math.min(s.x, edge - width);
    if (x + width > limit || x < 0) continue;
    kept.unshift({ t: s.t, x, label: text });
    limit = x;
  }
  return kept;
}

/**
 * Ticks for the scale's current domain: the finest row of TICK_LEVELS whose labels,
 * by `estimate`, do not overlap. Walking from the coarsest row and stopping at the
 * first that overlaps keeps the work per frame proportional to the labels drawn,
 * instead of formatting every day of a 20-year window.
 */
export function axisTicks(
  scale: TimeScale,
  lang: Lang,
  estimate: Estimate = estimateWidth,
): AxisTicks {
  let best: { level: TickLevel; ticks: Tick[] } | null = null;
  for (let i = TICK_LEVELS.length - 1; i >= 0; i--) {
    const level = TICK_LEVELS[i] as TickLevel;
    const ticks = ticksOf(level, scale, lang);
    if (!fits(ticks, estimate)) break;
    best = { level, ticks };
  }
  if (!best) return { level: '', ticks: [], context: [] };
  // A centred label that would be cut by either edge keeps its gridline but not its text.
  const [r0, r1] = scale.range();
  const inside = (t: Tick) => {
    const half = estimate(t.label) / 2;
    return t.x - half >= r0 && t.x + half <= r1;
  };
  return {
    level: best.level.name,
    ticks: best.ticks.map((t) => (inside(t) ? t : { ...t, label: '' })),
    context: contextOf(best.level, scale, lang, estimate),
  };
}

/**
 * One SVG path of vertical lines from y1 to y2, at the ticks that are major (true),
 * minor (false) or either (null): an axis draws each kind of line as one element.
 */
export function verticals(
  ticks: readonly Tick[],
  major: boolean | null,
  y1: number,
  y2: number,
): string {
  let d = '';
  for (const t of ticks) if (major === null || t.major === major) d += `M${t.x},${y1}V${y2}`;
  return d;
}
