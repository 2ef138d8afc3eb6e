import { describe, expect, it } from 'vitest';
import { NOTCH_ZOOM, wheelPan, wheelPixels, wheelZoom, type Wheel } from './wheel';

/** The factor a wheel event scales the view by (above 1 zooms in). */
const factor = (deltaY: number, deltaMode = 0, ctrlKey = false) =>
  2 ** wheelZoom({ deltaY, deltaMode, ctrlKey });

describe('wheelZoom', () => {
  it('zooms in by 1.2 to 1.25 times for one notch away from the reader (deltaY -100)', () => {
    expect(factor(-100)).toBeGreaterThanOrEqual(1.2);
    expect(factor(-100)).toBeLessThanOrEqual(1.25);
    expect(factor(-100)).toBeCloseTo(NOTCH_ZOOM, 9);
  });

  it('zooms out by the same factor for one notch towards the reader', () => {
    expect(factor(100)).toBeCloseTo(1 / NOTCH_ZOOM, 9);
  });

  it('takes six notches from 2.7 years to no less than 200 days', () => {
    expect((2.7 * 365) / factor(-100) ** 6).toBeGreaterThan(200);
  });

  it.each([4, 10])(
    "is proportional to a trackpad's fine delta of %d pixels: 100 / delta of them make a notch",
    (delta) => {
      expect(factor(-delta) ** (100 / delta)).toBeCloseTo(factor(-100), 9);
      expect(factor(-delta)).toBeGreaterThan(1);
      expect(factor(-delta)).toBeLessThan(1 + delta / 400);
    },
  );

  it("counts a wheel's three lines (deltaMode 1, as Firefox sends a notch) as one notch", () => {
    expect(factor(-3, 1)).toBeCloseTo(factor(-100), 9);
  });

  it('counts a page (deltaMode 2) as three notches', () => {
    expect(factor(-1, 2)).toBeCloseTo(factor(-100) ** 3, 9);
  });

  it('keeps the pace of a trackpad pinch (a wheel with Ctrl)', () => {
    expect(factor(-100, 0, true)).toBeCloseTo(2 ** 0.68, 9);
  });

  it('does not zoom for no delta', () => {
    expect(factor(0)).toBe(1);
  });
});

describe('wheelPixels', () => {
  it.each([
    [100, 0, 100],
    [3, 1, 100],
    [-1, 2, -300],
  ])('counts a delta of %d in mode %d as %d pixels', (delta, mode, pixels) => {
    expect(wheelPixels(delta, mode)).toBeCloseTo(pixels, 9);
  });
});

const wheel = (over: Partial<Wheel>): Wheel => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  shiftKey: false,
  ctrlKey: false,
  ...over,
});

describe('wheelPan', () => {
  it.each<[string, Partial<Wheel>, number | null]>([
    ['a vertical wheel zooms', { deltaY: 100 }, null],
    ['a mostly vertical trackpad swipe zooms', { deltaX: 20, deltaY: -30 }, null],
    ['a sideways trackpad swipe pans by its deltaX', { deltaX: 30, deltaY: 4 }, 30],
    ['a leftward swipe pans towards earlier dates', { deltaX: -25 }, -25],
    ['Shift with a wheel sent as deltaY pans', { deltaY: 100, shiftKey: true }, 100],
    ['Shift with a wheel sent as deltaX pans', { deltaX: -100, shiftKey: true }, -100],
    ['a pinch (Ctrl) zooms even when sideways', { deltaX: 30, ctrlKey: true }, null],
    [
      'a notch of a line-based wheel (3 lines) pans as far as a notch in pixels',
      { deltaX: 3, deltaMode: 1 },
      100,
    ],
  ])('%s', (_name, over, expected) => {
    const pixels = wheelPan(wheel(over));
    if (expected === null) expect(pixels).toBeNull();
    else expect(pixels).toBeCloseTo(expected, 9);
  });
});
