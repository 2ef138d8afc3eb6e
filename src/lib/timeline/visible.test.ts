import { describe, expect, it } from 'vitest';
import { candidateRange, lowerBound, upperBound, visibleIndices } from './visible';

describe('lowerBound and upperBound', () => {
  const values = new Float64Array([1, 3, 3, 3, 7]);
  it.each([
    [0, 0, 0],
    [1, 0, 1],
    [2, 1, 1],
    [3, 1, 4],
    [7, 4, 5],
    [8, 5, 5],
  ])('find %d between indices %d and %d', (x, lower, upper) => {
    expect(lowerBound(values, x)).toBe(lower);
    expect(upperBound(values, x)).toBe(upper);
  });

  it('return 0 for an empty column', () => {
    expect(lowerBound(new Float64Array(0), 5)).toBe(0);
    expect(upperBound(new Float64Array(0), 5)).toBe(0);
  });
});

describe('visibleIndices', () => {
  // 0: point at 0; 1: [2, 12]; 2: point at 5; 3: [8, 9]; 4: point at 20
  const starts = new Float64Array([0, 2, 5, 8, 20]);
  const ends = new Float64Array([0, 12, 5, 9, 20]);
  const maxDuration = 10;

  it.each<[string, number, number, number[]]>([
    ['the whole range', -100, 100, [0, 1, 2, 3, 4]],
    ['a window that only a long event crosses', 10, 11, [1]],
    ['a window whose ends touch events', 5, 8, [1, 2, 3]],
    ['a window before everything', -10, -1, []],
    ['a window after everything', 21, 30, []],
    ['a single instant', 20, 20, [4]],
  ])('finds %s', (_name, from, to, expected) => {
    expect(visibleIndices(starts, ends, maxDuration, from, to)).toEqual(expected);
  });

  it('agrees with a linear scan on random data', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1000;
    const n = 2000;
    const s = Float64Array.from({ length: n }, rand).sort();
    const durations = Float64Array.from({ length: n }, () => (rand() < 300 ? 0 : rand() / 20));
    const e = s.map((x, i) => x + (durations[i] as number));
    const max = Math.max(...durations);
    for (let k = 0; k < 50; k++) {
      const a = rand();
      const b = a + rand() / 10;
      const scan = [...s.keys()].filter((i) => (s[i] as number) <= b && (e[i] as number) >= a);
      expect(visibleIndices(s, e, max, a, b)).toEqual(scan);
    }
  });
});

describe('candidateRange', () => {
  it('skips events that start more than maxDuration before the window', () => {
    const starts = new Float64Array([0, 10, 20, 30, 40]);
    expect(candidateRange(starts, 4, 25, 35)).toEqual([3, 4]);
    expect(candidateRange(starts, 5, 25, 35)).toEqual([2, 4]);
  });
});
