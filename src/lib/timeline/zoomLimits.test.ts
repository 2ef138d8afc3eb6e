import { describe, expect, it } from 'vitest';
import { clampWindow, scaleExtent, zoomSpans } from './zoomLimits';
import { fitDomain } from './scale';
import { MS_PER_DAY as DAY } from '../time/days';

/** A year of data, and the window "Show all" fits it to. */
const DATA: [number, number] = [0, 360 * DAY];
const FITTED = fitDomain(...DATA);

describe('zoomSpans', () => {
  it('lets a viewer zoom out until the data fills two thirds of the axis', () => {
    expect(zoomSpans(FITTED, DATA)).toEqual({ minSpan: 2 * DAY, maxSpan: 540 * DAY });
  });

  it('never makes the widest window narrower than the fitted one', () => {
    const wide = fitDomain(0, 360 * DAY, 0.5);
    expect(zoomSpans(wide, DATA).maxSpan).toBe(720 * DAY);
  });

  it('never makes the widest window narrower than 30 days', () => {
    expect(zoomSpans([0, DAY]).maxSpan).toBe(30 * DAY);
  });
});

describe('scaleExtent', () => {
  it('is [fitted / widest, fitted / narrowest]', () => {
    const [kMin, kMax] = scaleExtent(FITTED, DATA);
    expect(kMin).toBeCloseTo(396 / 540, 9);
    expect(kMax).toBeCloseTo(198, 9);
  });

  it('honours a custom narrowest span', () => {
    expect(scaleExtent(FITTED, DATA, 11 * DAY)[1]).toBeCloseTo(36, 9);
  });

  it('always contains 1, so the fitted view is legal for a one-day dataset', () => {
    const [kMin, kMax] = scaleExtent([0, DAY]);
    expect(kMin).toBeLessThanOrEqual(1);
    expect(kMax).toBe(1);
  });
});

describe('clampWindow', () => {
  it.each<[string, [number, number], [number, number]]>([
    ['keeps a legal window as is', [10 * DAY, 40 * DAY], [10 * DAY, 40 * DAY]],
    ['swaps reversed ends', [40 * DAY, 10 * DAY], [10 * DAY, 40 * DAY]],
    ['widens a too-narrow window around its centre', [20 * DAY, 20 * DAY], [19 * DAY, 21 * DAY]],
    ['keeps the fitted window as is', FITTED, FITTED],
    [
      'narrows a too-wide window to the widest span, centred on the data',
      [-1e4 * DAY, 1e4 * DAY],
      [-90 * DAY, 450 * DAY],
    ],
    [
      'stops a window a tenth of its width past the last event',
      [9e3 * DAY, 9e3 * DAY + 30 * DAY],
      [333 * DAY, 363 * DAY],
    ],
    [
      'stops a window a tenth of its width before the first event',
      [-9e3 * DAY, -9e3 * DAY + 30 * DAY],
      [-3 * DAY, 27 * DAY],
    ],
    [
      'centres a window too wide to pan on the data',
      [100 * DAY, 560 * DAY],
      [-50 * DAY, 410 * DAY],
    ],
    ['falls back to the fitted window for NaN', [NaN, 5], FITTED],
    ['falls back to the fitted window for Infinity', [0, Infinity], FITTED],
  ])('%s', (_name, window, expected) => {
    const got = clampWindow(window, FITTED, DATA);
    expect(got[0]).toBeCloseTo(expected[0], 3);
    expect(got[1]).toBeCloseTo(expected[1], 3);
  });

  it('keeps the fitted window of a dataset shorter than the narrowest window', () => {
    const fitted = fitDomain(0, DAY);
    expect(clampWindow(fitted, fitted, [0, DAY])).toEqual(fitted);
  });

  // Whatever a gesture asks, some of the data stays in view: a window of any width,
  // anywhere, overlaps the data by at least 80 % of its width or holds all of it.
  const spans = [2, 7, 30, 90, 200, 396, 480, 540, 900].map((d) => d * DAY);
  const centres = [-5e4, -400, -30, 0, 180, 359, 400, 5e4].map((d) => d * DAY);
  it.each(spans.flatMap((span) => centres.map((centre) => [span / DAY, centre / DAY])))(
    'a window %d days wide asked for around day %d keeps the data in view',
    (spanDays, centreDays) => {
      const span = spanDays * DAY;
      const centre = centreDays * DAY;
      const [from, to] = clampWindow([centre - span / 2, centre + span / 2], FITTED, DATA);
      const overlap = Math.min(to, DATA[1]) - Math.max(from, DATA[0]);
      const whole = from <= DATA[0] && to >= DATA[1];
      expect(whole || overlap >= 0.8 * (to - from) - 1e-6).toBe(true);
    },
  );
});
