import { describe, expect, it } from 'vitest';
import { TimelineView } from './view.svelte';
import { MS_PER_DAY } from '../lib/time/days';

const DAY = MS_PER_DAY;
const domain = [0, 1000 * DAY] as const;

function view(window: readonly [number, number]) {
  const v = new TimelineView(() => domain);
  v.window = window;
  return v;
}

describe('TimelineView', () => {
  it('zoomBy(2) halves the window around its centre', () => {
    const v = view([100 * DAY, 300 * DAY]);
    v.zoomBy(2, false);
    expect(v.window).toEqual([150 * DAY, 250 * DAY]);
  });

  it('zoomBy keeps an anchor in the same place on screen', () => {
    const v = view([100 * DAY, 300 * DAY]);
    v.zoomBy(2, false, 150 * DAY);
    expect(v.window).toEqual([125 * DAY, 225 * DAY]);
  });

  it('never zooms in past two days', () => {
    const v = view([100 * DAY, 104 * DAY]);
    v.zoomBy(16, false);
    expect(v.window[1] - v.window[0]).toBe(2 * DAY);
  });

  it('reveal() leaves a window alone when the range is already in it, even near an edge', () => {
    const v = view([100 * DAY, 300 * DAY]);
    v.reveal(150 * DAY, 160 * DAY, false);
    v.reveal(297 * DAY, 297 * DAY, false);
    v.reveal(99 * DAY, 101 * DAY, false);
    expect(v.window).toEqual([100 * DAY, 300 * DAY]);
  });

  it('reveal() brings a range just past an edge in by the least pan, with a margin', () => {
    const v = view([100 * DAY, 300 * DAY]);
    v.reveal(320 * DAY, 330 * DAY, false);
    expect(v.window).toEqual([146 * DAY, 346 * DAY]);
    v.reveal(120 * DAY, 125 * DAY, false);
    expect(v.window).toEqual([104 * DAY, 304 * DAY]);
  });

  it('reveal() centres a range far outside the window without changing the zoom', () => {
    const v = view([100 * DAY, 300 * DAY]);
    v.reveal(600 * DAY, 610 * DAY, false);
    expect(v.window).toEqual([505 * DAY, 705 * DAY]);
  });

  it('reveal() zooms out only for a range wider than the window', () => {
    const v = view([100 * DAY, 300 * DAY]);
    v.reveal(200 * DAY, 600 * DAY, false);
    expect(v.window).toEqual([150 * DAY, 650 * DAY]);
  });

  it('requests go through the attached driver, so gestures and buttons share one path', () => {
    const v = view([100 * DAY, 300 * DAY]);
    const seen: unknown[] = [];
    v.driver = (request) => seen.push(request);
    v.fit(true);
    expect(seen).toEqual([{ window: [0, 1000 * DAY], animate: true }]);
    expect(v.window).toEqual([100 * DAY, 300 * DAY]);
  });
});
