/**
 * How a mark shows how exact its date is (see the legend): the shape of each date, and
 * the parts of a shape's drawing that the timeline and the legend share.
 */
import type { EdtfDate, EdtfPoint } from '../time/edtf';

/**
 * A dot for a day, a bar for an exact interval, a soft span for anything less exact; a
 * day given as approximate or uncertain is a soft dot ('soft-point'), which keeps the
 * size of a dot where a span one day wide would be a sliver. An interval with one end
 * exact and the other not (approximate, uncertain, or only a month) is a bar soft at that
 * end alone ('soft-start', 'soft-end'). An interval open at its end (still going on) or
 * at its start is a bar that fades out towards its open side.
 */
export type Shape =
  'point' | 'bar' | 'soft' | 'soft-point' | 'soft-start' | 'soft-end' | 'open-end' | 'open-start';

/** Whether a shape is drawn as a dot, centred on its day. */
export const isDot = (shape: Shape): boolean => shape === 'point' || shape === 'soft-point';

/** Whether a shape is drawn soft: its date is not exact. */
export const isSoft = (shape: Shape): boolean => shape === 'soft' || shape === 'soft-point';

/** Whether a shape is open at one end. */
export const isOpen = (shape: Shape): boolean => shape === 'open-end' || shape === 'open-start';

/** The fades of MarkDefs.svelte's masks of the same names. */
export type Fade = 'soft' | 'soft-start' | 'soft-end' | 'open-end' | 'open-start';

const FADES: ReadonlySet<Shape> = new Set<Fade>([
  'soft',
  'soft-start',
  'soft-end',
  'open-end',
  'open-start',
]);

/**
 * The fade a shape is masked with: a soft span at both ends, a half-soft bar at its
 * inexact end, an open mark towards its open side; none for the others.
 */
export function fadeOf(shape: Shape): Fade | null {
  return FADES.has(shape) ? (shape as Fade) : null;
}

/** Whether one end of a date is known to the day, neither approximate nor uncertain. */
const exact = (p: EdtfPoint) => p.precision === 'day' && !p.approximate && !p.uncertain;

/**
 * A day is a point and an exact interval a bar; anything less exact is soft, at the end
 * that is. An interval open at one end is drawn open on that side, however exact its
 * known end; one with an unknown end is drawn as its known end.
 */
export function shapeOf(when: EdtfDate): Shape {
  if (when.openEnd) return 'open-end';
  if (when.openStart) return 'open-start';
  const { start, end } = when;
  if (when.interval && start && end && start !== end) {
    if (exact(start) === exact(end)) return exact(start) ? 'bar' : 'soft';
    return exact(start) ? 'soft-end' : 'soft-start';
  }
  const days = when.precision === 'day';
  const certain = days && !when.approximate && !when.uncertain;
  if (certain) return when.interval ? 'bar' : 'point';
  return days && !when.interval ? 'soft-point' : 'soft';
}

/** A dot's diameter, px. */
export const DOT = 12;

/**
 * The chevron inside an open mark's open side, pointing the way it goes on: a path in a
 * mark 12 px high whose top is at y and which spans [x0, x0 + width].
 */
export function openChevron(shape: Shape, x0: number, width: number, y: number): string {
  const tip = shape === 'open-end' ? x0 + width - 2 : x0 + 2;
  const back = shape === 'open-end' ? tip - 5 : tip + 5;
  return `M${back},${y + 1}L${tip},${y + 6}L${back},${y + 11}`;
}

/**
 * The line that strikes a cancelled mark through: a slash across a dot or a sliver
 * (under 14 px), a line along a span. For a mark 12 px high whose top is at y.
 */
export function strikeOf(shape: Shape, x0: number, width: number, y: number) {
  if (!isDot(shape) && width >= 14) return { x1: x0, x2: x0 + width, y1: y + 6, y2: y + 6 };
  const mid = x0 + width / 2;
  return { x1: mid - 7, x2: mid + 7, y1: y + 13, y2: y - 1 };
}
