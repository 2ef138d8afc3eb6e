import { describe, expect, it } from 'vitest';
import { parseConfig, preferredLang } from './config';

describe('parseConfig', () => {
  it('uses the defaults for an empty query', () => {
    expect(parseConfig('')).toEqual({
      data: null,
      lang: 'en',
      theme: 'auto',
      embed: false,
      present: false,
      parentOrigin: null,
    });
  });

  it('reads every parameter it knows', () => {
    const config = parseConfig(
      '?data=/x.json&lang=ja&theme=dark&embed=1&present=1&parentOrigin=https://slides.example.org/deck',
    );
    expect(config).toEqual({
      data: '/x.json',
      lang: 'ja',
      theme: 'dark',
      embed: true,
      present: true,
      parentOrigin: 'https://slides.example.org',
    });
  });

  it.each([
    ['lang=fr', 'lang', 'en'],
    ['theme=neon', 'theme', 'auto'],
    ['parentOrigin=not a url', 'parentOrigin', null],
    ['embed=yes', 'embed', false],
  ] as const)('falls back to the default for %s', (query, key, expected) => {
    expect(parseConfig(`?${query}`)[key]).toBe(expected);
  });

  it("takes the browser's language when the URL names none", () => {
    expect(parseConfig('', ['ja-JP', 'en-US']).lang).toBe('ja');
  });
});

describe('preferredLang', () => {
  it('picks the first supported language by its primary subtag', () => {
    expect(preferredLang(['de-DE', 'ja', 'en'])).toBe('ja');
    expect(preferredLang(['de-DE'])).toBe('en');
  });
});
