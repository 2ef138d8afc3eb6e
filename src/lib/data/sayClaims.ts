/**
 * What the details need to say of the dates sources claim: whether the claims disagree,
 * agree only once their zones are read, or give the same date; who each claim is by, in
 * the short name its publisher goes by; and what each zone is called.
 */
import { knownFirst, knownLast } from '../time/knownDays';
import { claimsDisagree, type DatedClaim } from './claims';
import type { Text, ZoneDate } from './schema';

export type ClaimsVerdict = 'disagree' | 'across-zones' | 'same';

/** 'disagree': not all can be right; 'across-zones': different days that are one moment; 'same': one date. */
export function claimsVerdict(claims: readonly DatedClaim[]): ClaimsVerdict {
  if (claimsDisagree(claims)) return 'disagree';
  const [first] = claims;
  const same = claims.every(
    ({ when }) =>
      first &&
      knownFirst(when) === knownFirst(first.when) &&
      knownLast(when) === knownLast(first.when),
  );
  return same ? 'same' : 'across-zones';
}

/**
 * The name a publisher is known by where it gives one in closing parentheses, as
 * "Office of the United States Trade Representative (USTR)" or "米国通商代表部（USTR）"
 * do; else the whole name.
 */
export function shortName(name: string): string {
  return /[(（]([A-Z][A-Za-z0-9&.-]{1,11})[)）]\s*$/.exec(name)?.[1] ?? name;
}

/**
 * The place the data names each zone by, from the zones its events give ("America/New_York"
 * is "Washington" where the first round's days are given): claims are then said as
 * zones are said elsewhere.
 */
export function zonePlaces(events: readonly { zones?: ZoneDate[] }[]): Map<string, Text> {
  const places = new Map<string, Text>();
  for (const { zones } of events) {
    for (const { zone, place } of zones ?? []) if (!places.has(zone)) places.set(zone, place);
  }
  return places;
}

/** A zone's name as the reader's language has it, "Japan Standard Time" / "日本標準時", for a zone the data names no place for. */
export function zoneName(zone: string, lang: string): string {
  try {
    const parts = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(0)
      .find((part) => part.type === 'timeZoneName');
    return parts?.value ?? zone;
  } catch {
    return zone;
  }
}
