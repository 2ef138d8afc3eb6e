/**
 * Dates by source: where sources give an event different dates, the event keeps each
 * source's own claim beside its date, which covers them all. These say whether a claim
 * fits inside the event's date and whether the claims can all be right at once.
 */
import type { EdtfDate } from '../time/edtf';
import { knownFirst, knownLast } from '../time/knownDays';
import { zoneDaysAgree } from '../time/zones';

/** A claim's date, parsed, and the zone its source states, if it states one. */
export interface DatedClaim {
  when: EdtfDate;
  zone?: string;
}

/** Does the event's date cover every day the claim names? */
export function coversClaim(event: EdtfDate, claim: EdtfDate): boolean {
  const startsInside = event.openStart || knownFirst(claim) >= knownFirst(event);
  const endsInside = event.openEnd || knownLast(claim) <= knownLast(event);
  return startsInside && endsInside;
}

/**
 * Do the claims contradict each other? They do when they name different days, unless
 * each is one day in a zone its source states and those days can be one moment:
 * "December 17" (Washington) and "December 18, Japan time" can both be right; "October 7"
 * (Washington) and "October 6, Japan time" cannot, since Japan is ahead. A claim with no
 * zone is read as it is written: its calendar days.
 */
export function claimsDisagree(claims: readonly DatedClaim[]): boolean {
  const [first, ...others] = claims;
  if (!first || others.every((claim) => sameDays(claim.when, first.when))) return false;
  const days: { zone: string; day: number }[] = [];
  for (const { when, zone } of claims) {
    if (zone === undefined || !isOneDay(when)) return true;
    days.push({ zone, day: knownFirst(when) });
  }
  return !zoneDaysAgree(days);
}

function sameDays(a: EdtfDate, b: EdtfDate): boolean {
  return (
    knownFirst(a) === knownFirst(b) &&
    knownLast(a) === knownLast(b) &&
    a.openStart === b.openStart &&
    a.openEnd === b.openEnd
  );
}

function isOneDay(when: EdtfDate): boolean {
  return !when.interval && when.precision === 'day';
}
