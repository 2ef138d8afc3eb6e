/**
 * A calendar day as a whole number: days since 1970-01-01 in the proleptic
 * Gregorian calendar. It is a *calendar date*, not an instant: it never depends
 * on the browser's time zone. `dayToUtc` places it on a UTC axis (midnight UTC),
 * which is how the timeline scale positions it; only the formatting module turns
 * it back into words, and it does so in UTC so the day never shifts.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function toDay(year: number, month: number, day: number): Day {
  // setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function fromDay(day: Day): CalendarDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
