import { describe, expect, it } from 'vitest';
import { localize } from './text';

describe('localize', () => {
  const both = { en: 'Launch', ja: '立ち上げ' };

  it.each([
    ['ja', both, { text: '立ち上げ', lang: 'ja' }],
    ['en', both, { text: 'Launch', lang: 'en' }],
    ['fr', both, { text: 'Launch', lang: 'en' }],
    ['en', { ja: '立ち上げ' }, { text: '立ち上げ', lang: 'ja' }],
    ['ja', 'Launch', { text: 'Launch', lang: 'en' }],
    ['ja', undefined, { text: '', lang: 'ja' }],
  ])('localize(text, %j) of %j is %j', (lang, text, expected) => {
    expect(localize(text, lang)).toEqual(expected);
  });

  it('a plain string is taken to be in the given plain language', () => {
    expect(localize('立ち上げ', 'en', ['en'], 'ja')).toEqual({ text: '立ち上げ', lang: 'ja' });
  });

  it('returns markup unchanged, for the page to render as text', () => {
    expect(localize({ en: '<script>alert(1)</script>' }, 'en').text).toBe(
      '<script>alert(1)</script>',
    );
  });
});
