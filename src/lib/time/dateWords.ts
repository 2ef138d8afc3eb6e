/**
 * Calendar days in words, as Intl writes them for en-US and ja-JP ("February 28, 2022",
 * "2022年2月28日"). A Day is a calendar date placed at its UTC midnight, so the
 * formatters read it in UTC and no reader's zone can move it to the day before.
 */
import type { Day } from './days';
import { MS_PER_DAY } from './days';
import type { Lang } from '../i18n/lang';

export type { Lang };

/** What a date in words shows: a day, a month, a year, or parts without the year. */
export type DatePattern =
  | 'day'
  | 'month'
  | 'year'
  | 'longMonth'
  | 'longDay'
  | 'shortMonth'
  | 'shortMonthYear'
  | 'shortDay'
  | 'dayOfMonth';

const OPTIONS: Record<DatePattern, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
  longMonth: { month: 'long' },
  longDay: { month: 'long', day: 'numeric' },
  shortMonth: { month: 'short' },
  shortMonthYear: { year: 'numeric', month: 'short' },
  shortDay: { month: 'short', day: 'numeric' },
  dayOfMonth: { day: 'numeric' },
};

const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

// Making a formatter is the slow part of Intl; a page needs a dozen at most.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, pattern: DatePattern): Intl.DateTimeFormat {
  const key = `${lang} ${pattern}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...OPTIONS[pattern], timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** The calendar day `day` in words, e.g. 'February 28, 2022' / '2022年2月28日' for 'day'. */
export function dateWords(day: Day, lang: Lang, pattern: DatePattern): string {
  return formatter(lang, pattern).format(day * MS_PER_DAY);
}
