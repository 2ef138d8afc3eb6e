import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { makeScale } from './scale';
import { transformFor, windowOf } from './zoomWindow';
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
