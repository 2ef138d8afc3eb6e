import { describe, expect, it } from 'vitest';
import { clampWindow, scaleExtent, translateExtent, zoomSpans } from './zoomLimits';
import { MS_PER_DAY as DAY } from '../time/days';

const YEAR_DATA: [number, number] = [0, 360 * DAY];

describe('zoomSpans', () => {
  it('lets a viewer zoom out to three times the data, centred on it', () => {
    expect(zoomSpans(YEAR_DATA)).toEqual({
      minSpan: 2 * DAY,
      maxSpan: 1080 * DAY,
      outer: [-360 * DAY, 720 * DAY],
    });
  });

  it('never makes the widest window narrower than 30 days', () => {
    expect(zoomSpans([0, DAY]).maxSpan).toBe(30 * DAY);
  });
});

describe('scaleExtent', () => {
  it('is [data / widest, data / narrowest]', () => {
    expect(scaleExtent(YEAR_DATA)).toEqual([1 / 3, 180]);
  });

  it('honours a custom narrowest span', () => {
    expect(scaleExtent(YEAR_DATA, 10 * DAY)[1]).toBe(36);
  });

  it('always contains 1, so the fitted view is legal for a one-day dataset', () => {
    const [kMin, kMax] = scaleExtent([0, DAY]);
    expect(kMin).toBeLessThanOrEqual(1);
    expect(kMax).toBe(1);
  });
});

describe('translateExtent', () => {
  it('is the outer window in base-scale pixels, unbounded vertically', () => {
    expect(translateExtent(YEAR_DATA, 600)).toEqual([
      [-600, -Infinity],
      [1200, Infinity],
    ]);
  });
});

describe('clampWindow', () => {
  it.each<[string, [number, number], [number, number]]>([
    ['keeps a legal window as is', [10 * DAY, 40 * DAY], [10 * DAY, 40 * DAY]],
    ['swaps reversed ends', [40 * DAY, 10 * DAY], [10 * DAY, 40 * DAY]],
    ['widens a too-narrow window around its centre', [20 * DAY, 20 * DAY], [19 * DAY, 21 * DAY]],
    [
      'narrows a too-wide window to the widest span',
      [-1e4 * DAY, 1e4 * DAY],
      [-360 * DAY, 720 * DAY],
    ],
    [
      'slides a window from the far future back inside',
      [9e3 * DAY, 9e3 * DAY + 30 * DAY],
      [690 * DAY, 720 * DAY],
    ],
    [
      'slides a window from the far past back inside',
      [-9e3 * DAY, -9e3 * DAY + 30 * DAY],
      [-360 * DAY, -330 * DAY],
    ],
    ['falls back to the data for NaN', [NaN, 5], YEAR_DATA],
    ['falls back to the data for Infinity', [0, Infinity], YEAR_DATA],
  ])('%s', (_name, window, expected) => {
    const got = clampWindow(window, YEAR_DATA);
    expect(got[0]).toBeCloseTo(expected[0], 3);
    expect(got[1]).toBeCloseTo(expected[1], 3);
  });
});
