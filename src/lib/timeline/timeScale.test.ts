import { describe, expect, it } from 'vitest';
import { scaleTime } from './timeScale';

describe('scaleTime', () => {
  const scale = () => scaleTime([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)], [0, 365]);

  it('maps instants linearly onto the range, one pixel a day here', () => {
    expect(scale()(Date.UTC(2022, 0, 11))).toBeCloseTo(10, 9);
    expect(scale()(new Date(Date.UTC(2022, 11, 31)))).toBeCloseTo(364, 9);
  });

  it('inverts pixels back to the same instants', () => {
    expect(+scale().invert(10)).toBe(Date.UTC(2022, 0, 11));
  });

  it('reports its domain as Dates and its range as numbers', () => {
    expect(scale().domain().map(Number)).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(scale().range()).toEqual([0, 365]);
  });

  it('copies into an independent scale', () => {
    const a = scale();
    const b = a.copy().domain([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    expect(a(Date.UTC(2022, 0, 11))).toBeCloseTo(10, 9);
    expect(b(Date.UTC(2022, 0, 11))).toBeCloseTo((10 / 31) * 365, 9);
  });
});
