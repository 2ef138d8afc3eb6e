import { describe, expect, it } from 'vitest';
import { dateWords, dayOfMonthWords, intlOptions, type DatePattern } from './calendarWords';
import { toDay } from './days';
import type { Lang } from '../i18n/lang';

const PATTERNS: DatePattern[] = [
  'day',
  'month',
  'year',
  'longMonth',
  'shortMonth',
  'shortMonthYear',
  'shortDay',
];
const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

function intl(day: number, lang: Lang, pattern: DatePattern): string {
  return new Intl.DateTimeFormat(LOCALES[lang], intlOptions(pattern)).format(day * 86_400_000);
}

describe('dates in words without Intl', () => {
  it('writes what Intl writes, for every day of 2020 to 2024 and samples from year 1 to 9999', () => {
    const days: number[] = [];
    for (let day = toDay(2020, 1, 1); day <= toDay(2024, 12, 31); day++) days.push(day);
    for (const year of [1, 9, 50, 999, 1000, 1582, 1900, 2000, 2100, 9999]) {
      for (let month = 1; month <= 12; month++)
        days.push(toDay(year, month, 1), toDay(year, month, 28));
    }
    for (const lang of ['en', 'ja'] as const) {
      const formats = PATTERNS.map((pattern) => ({
        pattern,
        intl: new Intl.DateTimeFormat(LOCALES[lang], intlOptions(pattern)),
      }));
      for (const day of days) {
        for (const { pattern, intl: format } of formats) {
          const ours = dateWords(day, lang, pattern);
          const theirs = format.format(day * 86_400_000);
          if (ours !== theirs)
            expect({ day, lang, pattern, ours }).toEqual({ day, lang, pattern, ours: theirs });
        }
      }
    }
  });

  it('leaves years before 1 CE to Intl', () => {
    const day = toDay(0, 6, 1);
    expect(dateWords(day, 'en', 'day')).toBe(intl(day, 'en', 'day'));
    expect(dateWords(day, 'ja', 'year')).toBe(intl(day, 'ja', 'year'));
  });

  it('writes a day of the month alone', () => {
    expect(dayOfMonthWords(toDay(2023, 5, 21), 'en')).toBe('21');
    expect(dayOfMonthWords(toDay(2023, 5, 21), 'ja')).toBe('21日');
  });
});
