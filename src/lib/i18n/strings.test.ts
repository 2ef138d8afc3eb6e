import { describe, expect, it } from 'vitest';
import { count, STRINGS } from './strings';

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
    expect(STRINGS.en.aggregate(10_000)).toBe('10,000 events');
    expect(STRINGS.ja.aggregate(10_000)).toBe('10,000件');
  });
});
