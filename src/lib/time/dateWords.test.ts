import { afterEach, describe, expect, it } from 'vitest';
import { dateWords, type DatePattern } from './dateWords';
import { toDay } from './days';

describe('dateWords', () => {
  it.each<[DatePattern, string, string]>([
    ['day', 'February 28, 2022', '2022年2月28日'],
    ['month', 'February 2022', '2022年2月'],
    ['year', '2022', '2022年'],
    ['longMonth', 'February', '2月'],
    ['longDay', 'February 28', '2月28日'],
    ['shortMonth', 'Feb', '2月'],
    ['shortMonthYear', 'Feb 2022', '2022年2月'],
    ['shortDay', 'Feb 28', '2月28日'],
    ['dayOfMonth', '28', '28日'],
  ])('writes 2022-02-28 as %s: %j in English, %j in Japanese', (pattern, en, ja) => {
    const day = toDay(2022, 2, 28);
    expect(dateWords(day, 'en', pattern)).toBe(en);
    expect(dateWords(day, 'ja', pattern)).toBe(ja);
  });

  describe('in a process running in America/Los_Angeles, then Asia/Tokyo', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });

    it.each(['America/Los_Angeles', 'Asia/Tokyo'])('keeps the calendar day in %s', (zone) => {
      process.env.TZ = zone;
      expect(dateWords(toDay(2021, 11, 17), 'en', 'day')).toBe('November 17, 2021');
      expect(dateWords(toDay(2022, 12, 31), 'ja', 'day')).toBe('2022年12月31日');
    });
  });
});
