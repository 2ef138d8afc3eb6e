import { getDaysInMonth } from 'date-fns';

/**
 * A calendar day as a whole number: days since 1970-01-01 in the proleptic Gregorian
 * calendar. It is a *calendar date*, not an instant, so it never depends on the reader's
 * time zone: it is placed on the UTC axis at its UTC midnight (`day * MS_PER_DAY`), and
 * only the formatting module turns it back into words, in UTC, so the day never shifts.
 */
export type Day = number;

export const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** A day of the calendar; days and months past their range roll over, as Date.UTC's do. */
export function toDay(year: number, month: number, day: number): Day {
  const date = new Date(0);
  // setUTCFullYear, because Date.UTC reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function fromDay(day: Day): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `2022-02-28` -> its Day; null for anything else, including days that do not exist. */
export function parseIsoDay(value: string | null | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = toDay(year, month, day);
  const back = fromDay(result);
  // Reject the days Date rolls over (2022-02-30 -> March 2).
  return back.month === month && back.day === day ? result : null;
}

/** A Day as `2022-02-28`. */
export function isoDay(day: Day): string {
  const { year, month, day: d } = fromDay(day);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** How many days the month has: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  // date-fns reads the month of a local date; its length is the same in every zone.
  const first = new Date(2000, 0, 1);
  first.setFullYear(year, month - 1, 1);
  return getDaysInMonth(first);
}
