import { describe, expect, it } from 'vitest';
import { markGeometry } from './marks';
import { openChevron } from './shape';
import { scaleTime } from './timeScale';

const DAY = 86_400_000;
const scale = scaleTime([0, 100 * DAY], [0, 1000]);

describe('markGeometry', () => {
  it('places a dot, a bar and an expectation in their lanes', () => {
    const out = markGeometry(
      [
        { event: 0, x0: 100, x1: 110, labelX: 99, lane: 0, labelShown: true },
        { event: 1, x0: 300, x1: 500, labelX: 400, lane: 2, labelShown: false },
      ],
      scale,
      {
        extent: (i) => (i === 0 ? [10 * DAY, 11 * DAY] : [40 * DAY, 50 * DAY]),
        expected: (i) => (i === 0 ? null : [30 * DAY, 50 * DAY]),
        shape: (i) => (i === 0 ? 'point' : 'bar'),
      },
      (lane) => 10 + lane * 40,
    );
    expect(out[0]).toMatchObject({ lane: 0, y: 10, x0: 100, x1: 110, labelX: 99, expected: null });
    // A dot keeps its size, centred on its day.
    expect(out[0]!.box).toEqual({ x: 99, width: 12 });
    expect(out[1]).toMatchObject({ y: 90, x0: 400, x1: 500, width: 100, labelShown: false });
    expect(out[1]!.expected).toEqual({ x0: 300, x1: 500 });
  });

  it('never draws a span thinner than 10 px, so a meeting of days stays a bar', () => {
    const [mark] = markGeometry(
      [{ event: 0, x0: 0, x1: 0, labelX: 2, lane: 0, labelShown: true }],
      scale,
      {
        extent: () => [0, DAY / 100],
        expected: () => null,
        shape: () => 'bar',
      },
      () => 0,
    );
    expect(mark!.width).toBe(10);
  });
});

describe('open marks', () => {
  const narrow = (shape: 'open-end' | 'open-start') =>
    markGeometry(
      [{ event: 0, x0: 100, x1: 105, labelX: 100, lane: 0, labelShown: true }],
      scale,
      {
        extent: () => [10 * DAY, 10.5 * DAY],
        expected: () => null,
        shape: () => shape,
      },
      () => 0,
    )[0]!;

  it('are never narrower than 16 px, growing away from the open side', () => {
    expect(narrow('open-end')).toMatchObject({ x0: 100, x1: 105, width: 16 });
    expect(narrow('open-start')).toMatchObject({ x0: 89, x1: 105, width: 16 });
  });

  it('point their chevron the way they go on, inside the mark', () => {
    expect(openChevron('open-end', 100, 50, 10)).toBe('M143,11L148,16L143,21');
    expect(openChevron('open-start', 100, 50, 10)).toBe('M107,11L102,16L107,21');
  });
});
