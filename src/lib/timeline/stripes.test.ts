import { describe, expect, it } from 'vitest';
import { SEGMENT, STRIPE_HEIGHT, stripePaths, type StripedMark } from './stripes';

const mark = (over: Partial<StripedMark>): StripedMark => ({
  x: 100,
  width: 12,
  y: 50,
  colors: ['red'],
  dimmed: false,
  ...over,
});

/** Each rectangle a path draws, as [x, y, width, height]. */
function rects(d: string): number[][] {
  return [...d.matchAll(/M([-\d.e]+) ([-\d.e]+)h([-\d.e]+)v([-\d.e]+)h([-\d.e]+)z/g)].map((m) => {
    expect(Number(m[5])).toBe(-Number(m[3]));
    return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  });
}

describe('stripePaths', () => {
  it('puts a band over a mark as wide as its shape, just above it', () => {
    const [path] = stripePaths([mark({ width: 40 })]);
    expect(rects(path!.d)).toEqual([[100, 43.5, 40, STRIPE_HEIGHT]]);
  });

  it('cuts the band into a segment per topic, in the mark’s order, each in its colour', () => {
    const paths = stripePaths([mark({ width: 30, colors: ['red', 'blue', 'green'] })]);
    expect(paths.map((p) => [p.color, rects(p.d)[0]![0]])).toEqual([
      ['red', 100],
      ['blue', 110],
      ['green', 120],
    ]);
  });

  it('widens the band, centred on the mark, where its topics need more room than a dot gives', () => {
    const paths = stripePaths([mark({ width: 12, colors: ['red', 'blue', 'green', 'gold'] })]);
    const all = paths.flatMap((p) => rects(p.d));
    expect(all.every(([, , w]) => w === SEGMENT)).toBe(true);
    expect(Math.min(...all.map(([x]) => x!))).toBe(106 - 2 * SEGMENT);
    expect(Math.max(...all.map(([x, , w]) => x! + w!))).toBe(106 + 2 * SEGMENT);
  });

  it('draws every segment of one colour in one path, and marks out of the filter in another', () => {
    const paths = stripePaths([
      mark({ x: 0, colors: ['red', 'blue'] }),
      mark({ x: 50, colors: ['red'] }),
      mark({ x: 90, colors: ['red'], dimmed: true }),
    ]);
    expect(paths.map((p) => [p.color, p.dimmed, rects(p.d).length])).toEqual([
      ['red', false, 2],
      ['blue', false, 1],
      ['red', true, 1],
    ]);
  });

  it('draws nothing for marks with no topic', () => {
    expect(stripePaths([mark({ colors: [] })])).toEqual([]);
  });
});
