import { describe, expect, it } from 'vitest';
import { pannedWindow, revealWindow, zoomedWindow } from './reveal';
import { MS_PER_DAY as DAY } from '../time/days';

const window = [100 * DAY, 300 * DAY] as const;

describe('revealWindow', () => {
  it('leaves a window alone when the range is already in it, even near an edge', () => {
    expect(revealWindow(window, 150 * DAY, 160 * DAY)).toBe(window);
    expect(revealWindow(window, 297 * DAY, 297 * DAY)).toBe(window);
    expect(revealWindow(window, 99 * DAY, 101 * DAY)).toBe(window);
  });

  it('brings a range just past an edge in by the least pan, with a margin', () => {
    expect(revealWindow(window, 320 * DAY, 330 * DAY)).toEqual([146 * DAY, 346 * DAY]);
    expect(revealWindow([146 * DAY, 346 * DAY], 120 * DAY, 125 * DAY)).toEqual([
      104 * DAY,
      304 * DAY,
    ]);
  });

  it('centres a range far outside the window without changing the zoom', () => {
    expect(revealWindow(window, 600 * DAY, 610 * DAY)).toEqual([505 * DAY, 705 * DAY]);
  });

  it('zooms out only for a range wider than the window', () => {
    expect(revealWindow(window, 200 * DAY, 600 * DAY)).toEqual([150 * DAY, 650 * DAY]);
  });
});

describe('zoomedWindow', () => {
  it('halves the window around its centre for a factor of 2', () => {
    expect(zoomedWindow(window, 2)).toEqual([150 * DAY, 250 * DAY]);
  });

  it('keeps an anchor in the same place on screen', () => {
    expect(zoomedWindow(window, 2, 150 * DAY)).toEqual([125 * DAY, 225 * DAY]);
  });

  it('zooms around the centre when the anchor is out of the window', () => {
    expect(zoomedWindow(window, 0.5, 900 * DAY)).toEqual([0, 400 * DAY]);
  });
});

describe('pannedWindow', () => {
  it('moves the window a fifth of its width later for 0.2, keeping its span', () => {
    expect(pannedWindow(window, 0.2)).toEqual([140 * DAY, 340 * DAY]);
  });

  it('moves it earlier for a negative share', () => {
    expect(pannedWindow(window, -0.2)).toEqual([60 * DAY, 260 * DAY]);
  });
});
