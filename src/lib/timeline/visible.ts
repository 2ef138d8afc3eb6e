/**
 * Events are held as columns sorted by start (`starts[i] <= starts[i + 1]`), so a
 * zoom frame finds what is in view by binary search instead of scanning them all.
 */
export type SortedColumn = ArrayLike<number>;

/** The first index whose value is >= x (values.length if none). */
export function lowerBound(values: SortedColumn, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > x (values.length if none). */
export function upperBound(values: SortedColumn, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * [lo, hi): the only indices that can overlap [from, to]. An event overlapping the
 * window started no earlier than `from - maxDuration` and no later than `to`.
 */
export function candidateRange(
  starts: SortedColumn,
  maxDuration: number,
  from: number,
  to: number,
): [number, number] {
  const hi = upperBound(starts, to);
  return [lowerBound(starts, from - maxDuration, 0, hi), hi];
}

/**
 * Indices, in start order, of events overlapping [from, to] (both ends inclusive; a
 * point event has end == start). O(log n + candidates): the candidates beyond the
 * k visible ones are events that started within `maxDuration` before `from`, so one
 * very long event widens the scan; give such events their own column if that bites.
 */
export function visibleIndices(
  starts: SortedColumn,
  ends: SortedColumn,
  maxDuration: number,
  from: number,
  to: number,
): number[] {
  const [lo, hi] = candidateRange(starts, maxDuration, from, to);
  const out: number[] = [];
  for (let i = lo; i < hi; i++) if ((ends[i] as number) >= from) out.push(i);
  return out;
}
