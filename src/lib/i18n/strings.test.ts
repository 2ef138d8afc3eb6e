import { describe, expect, it } from 'vitest';
import { count } from './count';
import { ENGLISH } from './strings';
import { JAPANESE } from './stringsJa';

const TABLES = { en: ENGLISH, ja: JAPANESE };

describe('count', () => {
  it('groups thousands as Intl does in English and Japanese', () => {
    const en = new Intl.NumberFormat('en');
    const ja = new Intl.NumberFormat('ja');
    for (const n of [0, 7, 42, 999, 1_000, 12_345, 100_000, 1_234_567, -1_500]) {
      expect(count(n)).toBe(en.format(n));
      expect(count(n)).toBe(ja.format(n));
    }
  });

  it('is how the strings write counts', () => {
    expect(ENGLISH.aggregate(10_000)).toBe('10,000 events');
    expect(JAPANESE.aggregate(10_000)).toBe('10,000件');
  });
});

describe('lists and asides, per language', () => {
  it('joins labels with ", " in English and "、" in Japanese', () => {
    expect(ENGLISH.list(['Labor', 'Environment'])).toBe('Labor, Environment');
    expect(JAPANESE.list(['労働', '環境'])).toBe('労働、環境');
  });

  it('puts an aside in parentheses: spaced ASCII in English, full-width in Japanese', () => {
    expect(`Records not shown${ENGLISH.aside('3')}`).toBe('Records not shown (3)');
    expect(`表示されない記録${JAPANESE.aside('3')}`).toBe('表示されない記録（3）');
  });
});

describe('the dataset date', () => {
  it('reads "As of <date>" in English and "<date>時点" in Japanese, with no ASCII colon', () => {
    const said = (lang: 'en' | 'ja', date: string) =>
      `${TABLES[lang].asOf.before}${date}${TABLES[lang].asOf.after}`;
    expect(said('en', 'July 30, 2024')).toBe('As of July 30, 2024');
    expect(said('ja', '2024年7月30日')).toBe('2024年7月30日時点');
  });
});
