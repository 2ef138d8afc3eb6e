import { afterEach, describe, expect, it } from 'vitest';
import { formatLabel, type Lang, type LabelKey } from './tickLabels';

const t = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('formatLabel', () => {
  it.each<[LabelKey, Lang, number, boolean, string]>([
    ['year', 'en', t(2023, 1, 1), false, '2023'],
    ['year', 'ja', t(2023, 1, 1), false, '2023年'],
    ['quarter', 'en', t(2023, 4, 1), false, 'Q2'],
    ['quarter', 'en', t(2023, 1, 1), true, 'Q1 2023'],
    ['quarter', 'ja', t(2023, 4, 1), false, 'Q2'],
    ['quarter', 'ja', t(2023, 1, 1), true, '2023年Q1'],
    ['month', 'en', t(2023, 3, 1), false, 'Mar'],
    ['month', 'en', t(2023, 1, 1), true, 'Jan 2023'],
    ['month', 'ja', t(2023, 3, 1), false, '3月'],
    ['month', 'ja', t(2023, 1, 1), true, '2023年1月'],
    ['monthYear', 'en', t(2023, 3, 1), false, 'Mar 2023'],
    ['day', 'en', t(2023, 3, 6), false, 'Mar 6'],
    ['day', 'ja', t(2023, 3, 6), false, '3月6日'],
  ])('formats %s in %s at %d (long: %s) as %j', (key, lang, time, long, expected) => {
    expect(formatLabel(key, time, lang, long)).toBe(expected);
  });

  describe('in a process running in Asia/Tokyo', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });

    it('reads the instant in UTC, so a UTC midnight keeps its calendar date', () => {
      process.env.TZ = 'Asia/Tokyo';
      expect(formatLabel('day', t(2023, 12, 31), 'en')).toBe('Dec 31');
      expect(formatLabel('year', t(2023, 12, 31), 'ja')).toBe('2023年');
    });
  });
});
