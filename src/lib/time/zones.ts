import { TZDate } from '@date-fns/tz';
import { fromDay, type Day } from './days';

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
  const { year, month, day: date } = fromDay(day);
  return [
    new TZDate(year, month - 1, date, zone).getTime(),
    new TZDate(year, month - 1, date + 1, zone).getTime(),
  ];
}
