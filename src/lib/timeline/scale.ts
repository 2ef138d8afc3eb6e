import { scaleTime, type TimeScale } from './timeScale';
import { MS_PER_DAY } from '../time/days';

/** A time window in UTC milliseconds, [from, to] with from < to. */
export type Domain = readonly [number, number];

/** The timeline's horizontal scale: UTC instants to pixels in [0, width]. */
export function makeScale(domain: Domain, width: number): TimeScale {
  return scaleTime(domain, [0, width]);
}

/**
 * A domain that shows every event from `first` to `last` with `padFraction` of the
 * span on each side. A single day (or a single instant) still gets a day-wide
 * window, so the first view is never a zero-width or sub-day axis.
 */
export function fitDomain(first: number, last: number, padFraction = 0.05): [number, number] {
  const lo = Math.min(first, last);
  const hi = Math.max(first, last);
  const pad = (hi - lo) * Math.max(0, padFraction);
  let from = lo - pad;
  let to = hi + pad;
  if (to - from < MS_PER_DAY) {
    const mid = (from + to) / 2;
    from = mid - MS_PER_DAY / 2;
    to = mid + MS_PER_DAY / 2;
  }
  return [from, to];
}

/** From the earliest start to the latest end of [start, end) ranges in UTC ms; null for none. */
export function extentOfRanges(ranges: Iterable<readonly [number, number]>): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [start, end] of ranges) {
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}

/**
 * What "Show all" shows: `extent` with a margin on each side, the same on both, so the
 * window is centred on the data; with no data, the year around today.
 */
export function domainOf(extent: Domain | null): Domain {
  if (!extent) {
    const today = Math.floor(Date.now() / MS_PER_DAY) * MS_PER_DAY;
    return fitDomain(today - 180 * MS_PER_DAY, today + 180 * MS_PER_DAY);
  }
  return fitDomain(extent[0], extent[1]);
}
