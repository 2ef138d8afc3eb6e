/**
 * A calendar day as a whole number: days since 1970-01-01 in the proleptic
 * Gregorian calendar. It is a *calendar date*, not an instant: it never depends
 * on the browser's time zone. `dayToUtc` places it on a UTC axis (midnight UTC),
 * which is how the timeline scale positions it; only the formatting module turns
 * it back into words, and it does so in UTC so the day never shifts.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Days in 400 Gregorian years, after which the calendar repeats. */
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_FROM_MARCH_0000 = 719_468;

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/**
 * Days are counted with integer arithmetic on the proleptic Gregorian calendar (the
 * civil-days method that counts years from March, so February's leap day comes last):
 * no Date objects, which a file of 100,000 dates would otherwise make by the hundred
 * thousand. A day or month past its range rolls over as Date.UTC's would.
 */
export function toDay(year: number, month: number, day: number): Day {
  // Months past the range move the year, as Date.UTC does.
  const y0 = year + Math.floor((month - 1) / 12);
  const m0 = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (m0 + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_MARCH_0000;
}

export function fromDay(day: Day): CalendarDate {
  const z = day + EPOCH_FROM_MARCH_0000;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: date };
}

/** Midnight UTC at the start of the day, for a UTC time scale. */
export function dayToUtc(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** `2022-02-28` -> its Day; null for anything else, including days that do not exist. */
export function parseIsoDay(value: string | null | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = toDay(year, month, day);
  const back = fromDay(result);
  // Reject dates that Date.UTC silently rolls over (2022-02-30 -> March 2).
  return back.month === month && back.day === day ? result : null;
}

/** A Day as `2022-02-28`. */
export function isoDay(day: Day): string {
  const { year, month, day: d } = fromDay(day);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

export { MS_PER_DAY };
