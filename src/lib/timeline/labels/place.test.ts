import { describe, expect, it } from 'vitest';
import { labelAnchor, labelStart } from './place';

describe('labelAnchor', () => {
  it.each([
    ['point', 'dot'],
    ['soft-point', 'dot'],
    ['bar', 'start'],
    ['soft', 'start'],
    ['open-end', 'start'],
    ['open-start', 'end'],
  ] as const)("a %s's label is anchored at its %s", (shape, anchor) => {
    expect(labelAnchor(shape)).toBe(anchor);
  });
});

describe('labelStart', () => {
  it.each([
    ['dot', 100, 110, 99],
    ['start', 100, 300, 100],
    ['end', 100, 300, 260],
    ['start', -500, 30, 2],
    ['end', 900, 1000, 956],
    ['start', 990, 995, 956],
  ] as const)('a %s label of a mark over [%d, %d] starts at %d', (anchor, x0, x1, at) => {
    expect(labelStart(x0, x1, anchor, 40, 1000)).toBe(at);
  });
});
