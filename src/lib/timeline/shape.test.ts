import { describe, expect, it } from 'vitest';
import { fadeOf, shapeOf, strikeOf, type Shape } from './shape';
import { parseEdtf } from '../time/edtf';

function when(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.fault.key);
  return result.value;
}

describe('shapeOf', () => {
  it.each<[string, Shape]>([
    ['2022-02-28', 'point'],
    ['2022-02-28~', 'soft-point'],
    ['2021-11', 'soft'],
    ['2023', 'soft'],
    ['2023-05-19/2023-05-21', 'bar'],
    ['2022-08-22~/2022-08-25', 'soft-start'],
    ['2022-08-22?/2022-08-25', 'soft-start'],
    ['2021-11/2022-03-15', 'soft-start'],
    ['2022-08-22/2022-08-25~', 'soft-end'],
    ['2022-08-22/2022-09', 'soft-end'],
    ['2022-08-22~/2022-08-25%', 'soft'],
    ['2021-11/2022-22', 'soft'],
    ['2023-05-19/..', 'open-end'],
    ['../2022-03', 'open-start'],
    ['2023-05-19/', 'bar'],
    ['/2023', 'soft'],
  ])('shapeOf(%j) is %j', (text, shape) => {
    expect(shapeOf(when(text))).toBe(shape);
  });
});

describe('fadeOf', () => {
  it.each<[Shape, ReturnType<typeof fadeOf>]>([
    ['point', null],
    ['soft-point', null],
    ['bar', null],
    ['soft', 'soft'],
    ['soft-start', 'soft-start'],
    ['soft-end', 'soft-end'],
    ['open-end', 'open-end'],
    ['open-start', 'open-start'],
  ])('a %s fades as %j', (shape, fade) => {
    expect(fadeOf(shape)).toBe(fade);
  });
});

describe('strikeOf', () => {
  it('strikes a span through along its middle', () => {
    expect(strikeOf('bar', 10, 40, 0)).toEqual({ x1: 10, x2: 50, y1: 6, y2: 6 });
  });

  it.each<[Shape, number]>([
    ['point', 12],
    ['bar', 13],
  ])('slashes a %s %i px wide across its centre, past its top and bottom', (shape, width) => {
    const mid = 10 + width / 2;
    expect(strikeOf(shape, 10, width, 0)).toEqual({ x1: mid - 7, x2: mid + 7, y1: 13, y2: -1 });
  });
});
