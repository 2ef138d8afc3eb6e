/**
 * Pixel geometry of the marks a frame places: where each shape, its label and its focus
 * ring go. Computed once per frame for all marks, so that drawing them is plain markup.
 */
import type { TimeScale } from './timeScale';
import type { PlacedMark } from './frame';
import { DOT, isDot, isOpen, type Shape } from './shape';

/** Room under which a label cut short is not drawn at all, px: a few letters and "…". */
const CUT_MIN = 40;

/** A span is never narrower than this, px: a meeting of a few days stays a bar, not a tick. */
const MIN_WIDTH = 10;

/** An open mark is never narrower than this, px, so its chevron has room. */
const OPEN_MIN_WIDTH = 16;

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
   * Width drawn for a bar or a span: never thinner than 10 px, nor an open mark than 16,
   * which grows away from its open side: an open start's x0 moves left.
   */
  width: number;
  /** The shape as drawn, px: a dot keeps its size however wide its day is. */
  box: { x: number; width: number };
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
    const drawn = Math.max(x1 - x0, isOpen(shape) ? OPEN_MIN_WIDTH : MIN_WIDTH);
    const left = shape === 'open-start' ? x1 - drawn : x0;
    return {
      event: mark.event,
      lane: mark.lane,
      y: laneTop(mark.lane),
      x0: left,
      x1,
      width: drawn,
      box: isDot(shape) ? { x: (x0 + x1) / 2 - DOT / 2, width: DOT } : { x: left, width: drawn },
      labelX: mark.labelX,
      labelShown: mark.labelShown,
      labelRoom: !mark.labelShown && (mark.labelRoom ?? 0) >= CUT_MIN ? mark.labelRoom! : null,
      expected: expected ? { x0: scale(expected[0]), x1: scale(expected[1]) } : null,
    };
  });
}
