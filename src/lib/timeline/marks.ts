/**
 * Pixel geometry of the marks a frame places: where each shape, its label and its focus
 * ring go. Computed once per frame for all marks, so that drawing them is plain markup.
 */
import type { TimeScale } from './timeScale';
import type { LabelAnchor, PlacedMark } from './frame';

/**
 * A dot for a day, a bar for an exact interval, a soft span for anything less exact; a
 * day given as approximate or uncertain is a soft dot ('soft-point'), which keeps the
 * size of a dot where a span one day wide would be a sliver. An interval open at its end
 * (still going on) or at its start is a bar that fades out towards its open side.
 */
export type Shape = 'point' | 'bar' | 'soft' | 'soft-point' | 'open-end' | 'open-start';

/** Whether a shape is drawn as a dot, centred on its day. */
export const isDot = (shape: Shape): boolean => shape === 'point' || shape === 'soft-point';

/** Whether a shape is drawn soft: its date is not exact. */
export const isSoft = (shape: Shape): boolean => shape === 'soft' || shape === 'soft-point';

/** Whether a shape is open at one end. */
export const isOpen = (shape: Shape): boolean => shape === 'open-end' || shape === 'open-start';

/** Where a shape's label goes: beside a dot, from a bar's start, or up to an open start's known end. */
export function labelAnchor(shape: Shape): LabelAnchor {
  return isDot(shape) ? 'dot' : shape === 'open-start' ? 'end' : 'start';
}

/**
 * The fade a shape is masked with (Timeline.svelte's masks of the same names): a soft
 * span at both ends, an open mark towards its open side; none for the others.
 */
export function fadeOf(shape: Shape): 'soft' | 'open-end' | 'open-start' | null {
  return shape === 'soft' || shape === 'open-end' || shape === 'open-start' ? shape : null;
}

/** Room under which a label cut short is not drawn at all, px: a few letters and "…". */
const CUT_MIN = 40;

/** An open mark is never narrower than this, px, so its chevron has room. */
const OPEN_MIN_WIDTH = 16;

/**
 * The chevron inside an open mark's open side, pointing the way it goes on: a path in a
 * mark 12 px high whose top is at y and which spans [x0, x0 + width].
 */
export function openChevron(shape: Shape, x0: number, width: number, y: number): string {
  const tip = shape === 'open-end' ? x0 + width - 2 : x0 + 2;
  const back = shape === 'open-end' ? tip - 5 : tip + 5;
  return `M${back},${y + 1}L${tip},${y + 6}L${back},${y + 11}`;
}

export interface MarkGeometry {
  /** The event's index in time order. */
  event: number;
  lane: number;
  /** Top of the mark's lane, px. */
  y: number;
  /** The event's own date, px (the lane may also hold what a source expected). */
  x0: number;
  x1: number;
  /**
   * Width drawn for a bar or a span: never thinner than 4 px, nor an open mark than 16,
   * which grows away from its open side: an open start's x0 moves left.
   */
  width: number;
  labelX: number;
  /** The lanes had room for the label. */
  labelShown: boolean;
  /** When they had not: room for its beginning and an ellipsis, px, if that is worth it. */
  labelRoom: number | null;
  /** What a source expected beforehand, px. */
  expected: { x0: number; x1: number } | null;
}

export interface MarkInputs {
  /** [start, end) in ms of an event's own date, by event index. */
  extent: (event: number) => readonly [number, number];
  /** [start, end) in ms of what a source expected, if it says. */
  expected: (event: number) => readonly [number, number] | null;
  shape: (event: number) => Shape;
}

export function markGeometry(
  placed: readonly PlacedMark[],
  scale: TimeScale,
  inputs: MarkInputs,
  laneTop: (lane: number) => number,
): MarkGeometry[] {
  return placed.map((mark) => {
    const [from, to] = inputs.extent(mark.event);
    const x0 = scale(from);
    const x1 = scale(to);
    const expected = inputs.expected(mark.event);
    const shape = inputs.shape(mark.event);
    const drawn = Math.max(x1 - x0, isOpen(shape) ? OPEN_MIN_WIDTH : 4);
    return {
      event: mark.event,
      lane: mark.lane,
      y: laneTop(mark.lane),
      x0: shape === 'open-start' ? x1 - drawn : x0,
      x1,
      width: drawn,
      labelX: mark.labelX,
      labelShown: mark.labelShown,
      labelRoom: !mark.labelShown && (mark.labelRoom ?? 0) >= CUT_MIN ? mark.labelRoom! : null,
      expected: expected ? { x0: scale(expected[0]), x1: scale(expected[1]) } : null,
    };
  });
}

/**
 * Marks whose label, whole or cut short, lies under a raised one (the selected or
 * previewed event's label, drawn though the lanes had no room for it) and must hide
 * theirs, so that labels never overlap. Only marks in the raised mark's lane can collide.
 */
export function labelsUnder(
  marks: readonly MarkGeometry[],
  raised: ReadonlySet<number>,
  labelWidth: (event: number) => number,
  gap = 4,
): Set<number> {
  const out = new Set<number>();
  const end = (m: MarkGeometry) => m.labelX + (m.labelShown ? labelWidth(m.event) : m.labelRoom!);
  for (const r of marks) {
    if (r.labelShown || !raised.has(r.event)) continue;
    const right = r.labelX + labelWidth(r.event);
    for (const m of marks) {
      if (m === r || m.lane !== r.lane || !(m.labelShown || m.labelRoom)) continue;
      if (m.labelX < right + gap && r.labelX < end(m) + gap) out.add(m.event);
    }
  }
  return out;
}
