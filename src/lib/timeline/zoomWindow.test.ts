import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { makeScale } from './scale';
import { betweenWindows, transformFor, windowOf } from './zoomWindow';
import { MS_PER_DAY as DAY } from '../time/days';

const base = makeScale([0, 100 * DAY], 1000);

describe('windowOf', () => {
  it('is the base domain under the identity transform', () => {
    expect(windowOf(zoomIdentity, base)).toEqual([0, 100 * DAY]);
  });

  it('halves the span when the transform scales by 2', () => {
    const [from, to] = windowOf(zoomIdentity.scale(2), base);
    expect([from, to]).toEqual([0, 50 * DAY]);
  });
});

describe('transformFor', () => {
  it.each<[string, [number, number]]>([
    ['a window inside the data', [10 * DAY, 20 * DAY]],
    ['a window wider than the data', [-50 * DAY, 250 * DAY]],
    ['a two-day window', [40 * DAY, 42 * DAY]],
  ])('round-trips %s through windowOf', (_name, window) => {
    const [from, to] = windowOf(transformFor(window, base), base);
    expect(from).toBeCloseTo(window[0], -1);
    expect(to).toBeCloseTo(window[1], -1);
  });

  it('leaves the vertical translation at zero', () => {
    expect(transformFor([10 * DAY, 20 * DAY], base).y).toBe(0);
  });
});

describe('betweenWindows', () => {
  const wide = [0, 800 * DAY] as const;
  const narrow = [300 * DAY, 400 * DAY] as const;

  it('starts at the first window and ends at the second', () => {
    expect(betweenWindows(wide, narrow, 0)).toEqual(wide);
    expect(betweenWindows(wide, narrow, 1)).toEqual(narrow);
  });

  it('changes the span by an even factor: halfway into an 8x zoom is 2.83x', () => {
    const [from, to] = betweenWindows(wide, narrow, 0.5);
    expect((800 * DAY) / (to - from)).toBeCloseTo(Math.SQRT2 * 2, 6);
  });

  it('only ever narrows on the way in', () => {
    let span = Infinity;
    for (let t = 0; t <= 1; t += 0.05) {
      const [from, to] = betweenWindows(wide, narrow, t);
      expect(to - from).toBeLessThanOrEqual(span);
      span = to - from;
    }
  });
});
