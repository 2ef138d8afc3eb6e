import { describe, expect, it } from 'vitest';
import { zoomReach } from './zoomReach';
import { scaleExtent } from './zoomLimits';
import { MS_PER_DAY as DAY } from '../time/days';

const DATA: [number, number] = [0, 360 * DAY];
const EXTENT = scaleExtent(DATA);

describe('zoomReach', () => {
  it.each<[string, [number, number], { zoomIn: boolean; zoomOut: boolean; fit: boolean }]>([
    [
      'allows everything from a window inside the data',
      [10 * DAY, 40 * DAY],
      {
        zoomIn: true,
        zoomOut: true,
        fit: true,
      },
    ],
    [
      'offers no "Show all" when the view is the fitted one',
      DATA,
      {
        zoomIn: true,
        zoomOut: true,
        fit: false,
      },
    ],
    [
      'offers no zoom in at the two-day window',
      [100 * DAY, 102 * DAY],
      {
        zoomIn: false,
        zoomOut: true,
        fit: true,
      },
    ],
    [
      'offers no zoom out at the widest window, where the data fills two thirds of it',
      [-90 * DAY, 450 * DAY],
      {
        zoomIn: true,
        zoomOut: false,
        fit: true,
      },
    ],
  ])('%s', (_name, window, expected) => {
    expect(zoomReach(window, DATA, EXTENT)).toEqual(expected);
  });

  it('treats a window a few milliseconds off a limit as at it', () => {
    const reach = zoomReach([100 * DAY + 3, 102 * DAY - 2], DATA, EXTENT);
    expect(reach.zoomIn).toBe(false);
    const fitted = zoomReach([DATA[0] - 4, DATA[1] + 5], DATA, EXTENT);
    expect(fitted.fit).toBe(false);
  });

  it('still allows a zoom an hour short of a limit', () => {
    expect(zoomReach([100 * DAY, 102 * DAY + DAY / 24], DATA, EXTENT).zoomIn).toBe(true);
    expect(zoomReach([DATA[0] + DAY / 24, DATA[1]], DATA, EXTENT).fit).toBe(true);
  });
});
