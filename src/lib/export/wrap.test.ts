import { describe, expect, it } from 'vitest';
import { clampLines, wrapText } from './wrap';

/** Every character is 1 unit wide. */
const chars = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(wrapText('the first round of meetings', 12, chars, 'en')).toEqual([
      'the first',
      'round of',
      'meetings',
    ]);
  });

  it('never starts a Japanese line with closing punctuation', () => {
    const lines = wrapText('第1回会合を開催した。次回は夏。', 10, chars, 'ja');
    for (const line of lines) expect('、。）」'.includes(line[0]!)).toBe(false);
    expect(lines.join('')).toBe('第1回会合を開催した。次回は夏。');
  });

  it('breaks a word wider than the line inside it', () => {
    expect(wrapText('https://ustr.gov/a/b', 8, chars, 'en').every((l) => chars(l) <= 8)).toBe(true);
  });

  it('keeps each paragraph on lines of its own', () => {
    expect(wrapText('one\ntwo', 20, chars, 'en')).toEqual(['one', 'two']);
  });
});

describe('clampLines', () => {
  it('ends the last kept line with an ellipsis when text is left out', () => {
    const lines = clampLines('one two three four five six', 9, chars, 'en', 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(chars(lines[1]!)).toBeLessThanOrEqual(9);
  });

  it('keeps a text that fits as it is', () => {
    expect(clampLines('short', 9, chars, 'en', 2)).toEqual(['short']);
  });
});
