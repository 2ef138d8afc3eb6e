import { describe, expect, it } from 'vitest';
import { swipeAxis } from './swipeAxis';

describe('swipeAxis', () => {
  it.each<[string, number, number, 'x' | 'y' | null]>([
    ['cannot tell from a tap’s jitter', 2, -3, null],
    ['is y for a swipe up', 4, -40, 'y'],
    ['is y for a swipe down', -3, 25, 'y'],
    ['is x for a swipe to the left', -30, 8, 'x'],
    ['is x for a swipe to the right', 12, 2, 'x'],
    ['goes sideways on an exact diagonal, so the timeline keeps the gesture', 10, 10, 'x'],
  ])('%s', (_name, dx, dy, expected) => {
    expect(swipeAxis(dx, dy)).toBe(expected);
  });
});
