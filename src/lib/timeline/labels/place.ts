/**
 * Where a mark's label goes: beside a dot, from a bar's start, or ending at the known
 * end of an interval with an open start (whose start is no date the data knows).
 */
import { isDot, type Shape } from '../shape';

export type LabelAnchor = 'dot' | 'start' | 'end';

export function labelAnchor(shape: Shape): LabelAnchor {
  return isDot(shape) ? 'dot' : shape === 'open-start' ? 'end' : 'start';
}

/**
 * Where a label `labelWidth` px wide starts, px, for a mark over [x0, x1] on a plot
 * `width` px wide: as its anchor says, moved left near the right edge so that it stays
 * readable, and never off the left.
 */
export function labelStart(
  x0: number,
  x1: number,
  anchor: LabelAnchor,
  labelWidth: number,
  width: number,
): number {
  const at = anchor === 'dot' ? (x0 + x1) / 2 - 6 : anchor === 'end' ? x1 - labelWidth : x0;
  return Math.max(2, Math.min(at, width - labelWidth - 4));
}
