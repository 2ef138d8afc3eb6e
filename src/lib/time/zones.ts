import { MS_PER_DAY, type Day } from './days';

// Asking Intl is the only complete check, and it is slow enough to be worth
// remembering: a data file names the same few zones on every event.
const known = new Map<string, boolean>();

/** Is this an IANA time zone name the browser knows, e.g. 'Asia/Tokyo' or 'UTC'? */
export function isKnownZone(zone: string): boolean {
  let result = known.get(zone);
  if (result === undefined) {
    result = acceptedByIntl(zone);
    known.set(zone, result);
  }
  return result;
}

function acceptedByIntl(zone: string): boolean {
  // Newer engines also take offsets such as '+09:00', which are not zone names
  // and would silently ignore daylight saving.
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Do these local calendar days, each in its zone, describe one shared moment?
 * (there is an instant that is day A in zone A and day B in zone B...).
 * A signing on 28 February in Washington and 1 March in Tokyo can be one event;
 * 28 February and 2 March cannot. Unknown zones never agree.
 */
export function zoneDaysAgree(list: { zone: string; day: Day }[]): boolean {
  let latestStart = -Infinity;
  let earliestEnd = Infinity;
  for (const { zone, day } of list) {
    if (!isKnownZone(zone)) return false;
    const [start, end] = localDaySpan(zone, day);
    latestStart = Math.max(latestStart, start);
    earliestEnd = Math.min(earliestEnd, end);
  }
  return latestStart < earliestEnd;
}

/** [local midnight, next local midnight) as UTC milliseconds; not always 24 hours. */
function localDaySpan(zone: string, day: Day): [number, number] {
  return [dayStart(zone, day * MS_PER_DAY), dayStart(zone, (day + 1) * MS_PER_DAY)];
}

/**
 * The first instant of a local day, given as its midnight written in UTC: the wall time
 * minus the zone's offset then. The offset is read at a first guess and again at the
 * result, which settles it unless the clocks jump over midnight; then the day begins
 * as they jump (Santiago, 11 September 2022: at 01:00).
 */
function dayStart(zone: string, midnight: number): number {
  const guess = midnight - offsetAt(zone, midnight);
  const start = midnight - offsetAt(zone, guess);
  return start + offsetAt(zone, start) === midnight ? start : Math.max(guess, start);
}

/** Formatters by zone: making one is the slow part of asking Intl. */
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms: the wall clock there, read as UTC, minus the instant. */
function offsetAt(zone: string, instant: number): number {
  let clock = clocks.get(zone);
  if (!clock) {
    const numeric = 'numeric';
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    clocks.set(zone, clock);
  }
  const wall: Record<string, number> = {};
  for (const { type, value } of clock.formatToParts(instant)) wall[type] = Number(value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = wall;
  // setUTCFullYear, as Date.UTC would read the years 0 to 99 as 1900 to 1999.
  const read = new Date(0);
  read.setUTCFullYear(year, month - 1, day);
  read.setUTCHours(hour, minute, second);
  // Whole seconds on both sides: the clock shows no milliseconds.
  return read.getTime() - Math.floor(instant / 1000) * 1000;
}
