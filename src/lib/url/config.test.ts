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
      scale: 1,
      autoplay: null,
      parentOrigin: null,
    });
  });

  it('reads every parameter it knows', () => {
    const config = parseConfig(
      '?data=/x.json&lang=ja&theme=dark&embed=1&present=1&scale=1.5&autoplay=8&parentOrigin=https://slides.example.org/deck',
    );
    expect(config).toEqual({
      data: '/x.json',
      lang: 'ja',
      theme: 'dark',
      embed: true,
      present: true,
      scale: 1.5,
      autoplay: 8,
      parentOrigin: 'https://slides.example.org',
    });
  });

  it.each([
    ['lang=fr', 'lang', 'en'],
    ['theme=neon', 'theme', 'auto'],
    ['parentOrigin=not a url', 'parentOrigin', null],
    ['embed=yes', 'embed', false],
    ['scale=big', 'scale', 1],
    ['autoplay=soon', 'autoplay', null],
  ] as const)('falls back to the default for %s', (query, key, expected) => {
    expect(parseConfig(`?${query}`)[key]).toBe(expected);
  });

  it.each([
    ['scale=10', 'scale', 3],
    ['scale=0.1', 'scale', 0.5],
    ['autoplay=0.5', 'autoplay', 2],
    ['autoplay=99999', 'autoplay', 3600],
  ] as const)('holds %s to what it may ask for', (query, key, expected) => {
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
