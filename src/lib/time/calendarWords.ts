/**
 * Dates in words for the two languages the app speaks, from a table of month names.
 *
 * Intl would spell them as well, and did: but the first Intl.DateTimeFormat a page
 * builds costs 13 to 19 ms in Chromium (measured on a cold page: it loads the locale's
 * calendar data), a fifth of the whole time to show 1,000 events. The patterns are
 * the ones Intl prints for en-US and ja-JP, and the tests hold every one to Intl's
 * output, day by day. Years before 1 CE have eras Intl writes its own way, so they are
 * left to Intl.
 */
import { fromDay, type Day } from './days';
import type { Lang } from '../i18n/lang';

export type { Lang };

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_SHORT = EN_MONTHS.map((name) => name.slice(0, 3));

/** What a date in words shows: a day, a month, a year, or a month and day without the year. */
export type DatePattern =
  'day' | 'month' | 'year' | 'longMonth' | 'shortMonth' | 'shortMonthYear' | 'shortDay';

const INTL_OPTIONS: Record<DatePattern, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
  longMonth: { month: 'long' },
  shortMonth: { month: 'short' },
  shortMonthYear: { year: 'numeric', month: 'short' },
  shortDay: { month: 'short', day: 'numeric' },
};

/** The Intl options each pattern stands for: the tests compare with them. */
export function intlOptions(pattern: DatePattern): Intl.DateTimeFormatOptions {
  return { ...INTL_OPTIONS[pattern], timeZone: 'UTC' };
}

const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };
const fallbacks = new Map<string, Intl.DateTimeFormat>();

function viaIntl(day: Day, lang: Lang, pattern: DatePattern): string {
  const id = `${lang}:${pattern}`;
  let format = fallbacks.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], intlOptions(pattern));
    fallbacks.set(id, format);
  }
  const at = new Date(0);
  at.setUTCFullYear(...ymd(day));
  return format.format(at);
}

function ymd(day: Day): [number, number, number] {
  const { year, month, day: date } = fromDay(day);
  return [year, month - 1, date];
}

/** The calendar day `day` in words, e.g. 'February 28, 2022' / '2022年2月28日' for 'day'. */
export function dateWords(day: Day, lang: Lang, pattern: DatePattern): string {
  const { year, month, day: date } = fromDay(day);
  const yearless = pattern === 'longMonth' || pattern === 'shortMonth' || pattern === 'shortDay';
  if (year < 1 && !yearless) {
    return viaIntl(day, lang, pattern);
  }
  if (lang === 'ja') {
    switch (pattern) {
      case 'day':
        return `${year}年${month}月${date}日`;
      case 'month':
      case 'shortMonthYear':
        return `${year}年${month}月`;
      case 'year':
        return `${year}年`;
      case 'longMonth':
      case 'shortMonth':
        return `${month}月`;
      case 'shortDay':
        return `${month}月${date}日`;
    }
  }
  switch (pattern) {
    case 'day':
      return `${EN_MONTHS[month - 1]} ${date}, ${year}`;
    case 'month':
      return `${EN_MONTHS[month - 1]} ${year}`;
    case 'year':
      return String(year);
    case 'longMonth':
      return EN_MONTHS[month - 1] as string;
    case 'shortMonth':
      return EN_SHORT[month - 1] as string;
    case 'shortMonthYear':
      return `${EN_SHORT[month - 1]} ${year}`;
    case 'shortDay':
      return `${EN_SHORT[month - 1]} ${date}`;
  }
}

/** The day of the month alone, as a range's end writes it: '21' / '21日'. */
export function dayOfMonthWords(day: Day, lang: Lang): string {
  const { day: date } = fromDay(day);
  return lang === 'ja' ? `${date}日` : String(date);
}
