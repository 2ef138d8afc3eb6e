import { describe, expect, it } from 'vitest';
import { wheelPan, type Wheel } from './wheelPan';

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
