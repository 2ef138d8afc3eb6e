import { describe, expect, it } from 'vitest';
import { toDay } from './days';
import { isKnownZone, zoneDaysAgree } from './zones';

describe('isKnownZone', () => {
  it.each(['Asia/Tokyo', 'America/New_York', 'Europe/London', 'UTC', 'Etc/GMT+5'])(
    'isKnownZone(%j) is true',
    (zone) => {
      expect(isKnownZone(zone)).toBe(true);
    },
  );

  it.each(['Mars/Olympus_Mons', 'Tokyo', '', '+09:00', 'JST+9'])(
    'isKnownZone(%j) is false',
    (zone) => {
      expect(isKnownZone(zone)).toBe(false);
    },
  );
});

describe('zoneDaysAgree', () => {
  const ny = (month: number, day: number) => ({
    zone: 'America/New_York',
    day: toDay(2022, month, day),
  });
  const tokyo = (month: number, day: number) => ({
    zone: 'Asia/Tokyo',
    day: toDay(2022, month, day),
  });

  it.each([
    ['February 28 in New York and March 1 in Tokyo overlap', [ny(2, 28), tokyo(3, 1)], true],
    ['February 28 in New York and February 28 in Tokyo overlap', [ny(2, 28), tokyo(2, 28)], true],
    ['February 28 in New York and March 2 in Tokyo never meet', [ny(2, 28), tokyo(3, 2)], false],
    ['March 1 in New York and February 28 in Tokyo never meet', [ny(3, 1), tokyo(2, 28)], false],
    ['a day agrees with itself in the same zone', [ny(5, 19), ny(5, 19)], true],
    ['two different days in one zone never meet', [ny(5, 19), ny(5, 20)], false],
    [
      'an unknown zone never agrees',
      [ny(5, 19), { zone: 'Nowhere/City', day: toDay(2022, 5, 19) }],
      false,
    ],
  ])('%s', (_sentence, list, expected) => {
    expect(zoneDaysAgree(list)).toBe(expected);
  });

  // Puerto Rico keeps UTC-4 all year, so its midnight is always 04:00 UTC; New York's
  // days around the clock changes end an hour before or after that.
  const puertoRico = (month: number, day: number) => ({
    zone: 'America/Puerto_Rico',
    day: toDay(2022, month, day),
  });

  it.each([
    [
      'March 13 in New York is 23 hours long: it ends as March 14 begins in Puerto Rico',
      3,
      13,
      14,
      false,
    ],
    [
      'November 6 in New York is 25 hours long: it runs into November 7 in Puerto Rico',
      11,
      6,
      7,
      true,
    ],
  ])('zoneDaysAgree observes daylight saving: %s', (_sentence, month, nyDay, prDay, expected) => {
    expect(zoneDaysAgree([ny(month, nyDay), puertoRico(month, prDay)])).toBe(expected);
  });

  // Chile moved its clocks from 00:00 to 01:00 on 11 September 2022: that day had no
  // midnight and began at 01:00 (-03), 04:00 UTC, as the day before ended in UTC-4.
  it('a day whose midnight a clock change skips begins when the clocks jump', () => {
    const santiago = { zone: 'America/Santiago', day: toDay(2022, 9, 11) };
    const utcMinus4 = (day: number) => ({ zone: 'Etc/GMT+4', day: toDay(2022, 9, day) });
    expect(zoneDaysAgree([santiago, utcMinus4(10)])).toBe(false);
    expect(zoneDaysAgree([santiago, utcMinus4(11)])).toBe(true);
  });
});
