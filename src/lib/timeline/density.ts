import { lowerBound, upperBound, type SortedColumn } from './visible';

/** A pixel column of the axis and how many events start in it. */
export interface DensityBin {
  x0: number;
  x1: number;
  from: number;
  to: number;
  count: number;
}

/**
 * For windows with far too many events to draw: count event starts per column of
 * `binWidth` px across [from, to] on an axis `width` px wide. Each column edge is
 * found by binary search on the sorted starts, so the cost is O(columns * log n)
 * whatever the number of events. Columns are [from, to) except the last, which
 * includes `to`; empty columns are left out. A long event counts only where it
 * starts, which is what a histogram of "when things happened" wants.
 */
export function densityBins(
  starts: SortedColumn,
  window: readonly [number, number],
  width: number,
  binWidth: number,
): DensityBin[] {
  const [from, to] = window;
  if (!(to > from) || !(width > 0) || !(binWidth > 0)) return [];
  const msPerPx = (to - from) / width;
  const columns = Math.ceil(width / binWidth);
  const bins: DensityBin[] = [];
  let lo = lowerBound(starts, from);
  for (let c = 0; c < columns; c++) {
    const x0 = c * binWidth;
    const x1 = Math.min(width, x0 + binWidth);
    const t0 = from + x0 * msPerPx;
    const t1 = c === columns - 1 ? to : from + x1 * msPerPx;
    const hi = c === columns - 1 ? upperBound(starts, to, lo) : lowerBound(starts, t1, lo);
    if (hi > lo) bins.push({ x0, x1, from: t0, to: t1, count: hi - lo });
    lo = hi;
  }
  return bins;
}
