/**
 * How far an open end ('..') reaches on the axis. An interval open at its end is still
 * going on: it reaches to the day the data is stated as of (the file's `asOf`), or,
 * without one, to the latest day the events name; never short of its own known start.
 * An interval open at its start began before anything it says: it reaches back to the
 * earliest day the events name. The mark fades towards that side (Marks.svelte) and its
 * words say "ongoing" or "until", so the reach places the mark; it claims no date.
 * An unknown end ('2023-05-19/') is not open: it stays on its known end's days.
 */
import type { Day } from '../time/days';
import type { EdtfDate } from '../time/edtf';
import { knownFirst, knownLast } from '../time/knownDays';

export interface OpenReach {
  /** Where an open start reaches back to. */
  earliest: Day;
  /** Where an open end reaches to. */
  latest: Day;
}

/**
 * The reach of open ends in data whose events name days from `earliest` to `latest`
 * (their known days, as knownFirst and knownLast read them), stated as of `asOf`.
 */
export function openReach(earliest: Day, latest: Day, asOf: Day | null = null): OpenReach {
  return { earliest, latest: asOf ?? latest };
}

/** A date's first and last day on the axis, its open ends reaching as `reach` says. */
export function reachedDays(when: EdtfDate, reach: OpenReach | null): [Day, Day] {
  let first = knownFirst(when);
  let last = knownLast(when);
  if (reach && when.openStart) first = Math.min(first, reach.earliest);
  if (reach && when.openEnd) last = Math.max(last, reach.latest);
  return [first, last];
}
