import { describe, expect, it } from 'vitest';
import { estimateWidth } from './measure';

describe('estimateWidth', () => {
  it('counts a code point past U+FFFF once: wide from plane 2 on, narrow in plane 1', () => {
    expect(estimateWidth('𠀋')).toBe(13);
    expect(estimateWidth('a𠀋b')).toBe(27);
    expect(estimateWidth('😀')).toBe(7);
  });

  it.each([
    ['', 0],
    ['2023', 28],
    ['Mar 6', 35],
    ['3月6日', 40],
    ['2023年Q1', 13 + 6 * 7],
  ])('estimates %j as %d px', (text, px) => {
    expect(estimateWidth(text)).toBe(px);
  });
});

describe('estimateWidth, bold', () => {
  it('makes a bold label wider than its regular weight', () => {
    expect(estimateWidth('First round', true)).toBeGreaterThan(estimateWidth('First round'));
  });
});
