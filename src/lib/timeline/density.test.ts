import { describe, expect, it } from 'vitest';
import { densityBins } from './density';

describe('densityBins', () => {
  // One axis pixel per ms: window [0, 100] on 100 px.
  const starts = new Float64Array([-5, 0, 1, 9, 10, 10, 55, 99.5, 100, 101]);

  it('counts starts per column and leaves empty columns out', () => {
    expect(densityBins(starts, [0, 100], 100, 10)).toEqual([
      { x0: 0, x1: 10, from: 0, to: 10, count: 3 },
      { x0: 10, x1: 20, from: 10, to: 20, count: 2 },
      { x0: 50, x1: 60, from: 50, to: 60, count: 1 },
      { x0: 90, x1: 100, from: 90, to: 100, count: 2 },
    ]);
  });

  it('narrows the last column to the axis when the width is not a multiple', () => {
    const bins = densityBins(starts, [0, 100], 100, 30);
    expect(bins.at(-1)).toEqual({ x0: 90, x1: 100, from: 90, to: 100, count: 2 });
  });

  it('maps columns to time through the window, not the pixel count', () => {
    const bins = densityBins(new Float64Array([0, 1500]), [0, 2000], 4, 2);
    expect(bins).toEqual([
      { x0: 0, x1: 2, from: 0, to: 1000, count: 1 },
      { x0: 2, x1: 4, from: 1000, to: 2000, count: 1 },
    ]);
  });

  it('counts every start in the window exactly once', () => {
    const many = Float64Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 1_000_000).sort();
    const bins = densityBins(many, [250_000, 750_000], 1920, 3);
    const inWindow = many.filter((t) => t >= 250_000 && t <= 750_000).length;
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(inWindow);
  });

  it.each<[string, [number, number], number, number]>([
    ['an empty window', [5, 5], 100, 10],
    ['a reversed window', [10, 0], 100, 10],
    ['a zero width', [0, 100], 0, 10],
    ['a zero bin width', [0, 100], 100, 0],
    ['NaN', [NaN, 100], 100, 10],
  ])('returns no bins for %s', (_name, window, width, binWidth) => {
    expect(densityBins(starts, window, width, binWidth)).toEqual([]);
  });
});
