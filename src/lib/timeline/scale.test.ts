import { describe, expect, it } from 'vitest';
import { domainOf, extentOfRanges, fitDomain, makeScale } from './scale';
import { MS_PER_DAY, toDay } from '../time/days';

const day = (y: number, m: number, d: number) => toDay(y, m, d) * MS_PER_DAY;

describe('makeScale', () => {
  it('maps the domain ends to 0 and width', () => {
    const s = makeScale([day(2023, 1, 1), day(2024, 1, 1)], 800);
    expect(s(new Date(day(2023, 1, 1)))).toBe(0);
    expect(s(new Date(day(2024, 1, 1)))).toBe(800);
  });

  it('places a calendar day at its UTC midnight whatever the process time zone', () => {
    const s = makeScale([day(2023, 3, 1), day(2023, 3, 11)], 1000);
    expect(s(day(2023, 3, 6))).toBeCloseTo(500, 9);
    expect(+s.invert(500)).toBe(day(2023, 3, 6));
  });
});

describe('fitDomain', () => {
  it('pads the data extent by the fraction on each side', () => {
    expect(fitDomain(0, 100 * MS_PER_DAY)).toEqual([-5 * MS_PER_DAY, 105 * MS_PER_DAY]);
  });

  it('accepts first and last in either order', () => {
    expect(fitDomain(100 * MS_PER_DAY, 0)).toEqual(fitDomain(0, 100 * MS_PER_DAY));
  });

  it.each([
    ['a single instant', 0, 0],
    ['two events an hour apart', 0, 3_600_000],
  ])('is at least one day wide for %s, centred on the data', (_name, first, last) => {
    const [from, to] = fitDomain(first, last);
    expect(to - from).toBe(MS_PER_DAY);
    expect((from + to) / 2).toBe((first + last) / 2);
  });

  it('treats a negative pad fraction as no padding', () => {
    expect(fitDomain(0, 10 * MS_PER_DAY, -1)).toEqual([0, 10 * MS_PER_DAY]);
  });
});

describe('extentOfRanges', () => {
  it('runs from the earliest start to the latest end', () => {
    expect(
      extentOfRanges([
        [5 * MS_PER_DAY, 6 * MS_PER_DAY],
        [0, 2 * MS_PER_DAY],
        [3 * MS_PER_DAY, 9 * MS_PER_DAY],
      ]),
    ).toEqual([0, 9 * MS_PER_DAY]);
  });

  it('is null for no ranges', () => {
    expect(extentOfRanges([])).toBeNull();
  });
});

describe('domainOf', () => {
  it('is the extent with the same margin on each side, so the data sits in the middle', () => {
    const [from, to] = domainOf([0, 100 * MS_PER_DAY]);
    expect([from, to]).toEqual([-5 * MS_PER_DAY, 105 * MS_PER_DAY]);
    expect((from + to) / 2).toBe(50 * MS_PER_DAY);
  });

  it('is the year around today with no data', () => {
    const [from, to] = domainOf(null);
    expect(to - from).toBeGreaterThan(360 * MS_PER_DAY);
    expect(Date.now()).toBeGreaterThan(from);
    expect(Date.now()).toBeLessThan(to);
  });
});
