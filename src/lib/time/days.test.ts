import { describe, expect, it } from 'vitest';
import { fromDay, isoDay, parseIsoDay, toDay } from './days';

/** What Date says, the reference the arithmetic must match. */
function byDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

describe('calendar days', () => {
  it('counts from 1970-01-01', () => {
    expect(toDay(1970, 1, 1)).toBe(0);
    expect(toDay(2022, 2, 28)).toBe(19_051);
    expect(fromDay(19_051)).toEqual({ year: 2022, month: 2, day: 28 });
  });

  it('agrees with Date on every day from year 1 to 2400 and back', () => {
    const first = byDate(1, 1, 1);
    const last = byDate(2400, 12, 31);
    for (let day = first; day <= last; day++) {
      const d = new Date(day * 86_400_000);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const back = fromDay(day);
      if (back.year !== date.year || back.month !== date.month || back.day !== date.day) {
        expect(back).toEqual(date);
      }
      const there = toDay(date.year, date.month, date.day);
      if (there !== day) expect(there).toBe(day);
    }
  });

  it('rolls days and months past their range over as Date does', () => {
    for (const [y, m, d] of [
      [2022, 2, 30],
      [2022, 2, 0],
      [2022, 13, 1],
      [2022, 0, 1],
      [2024, 2, 29],
      [2023, 2, 29],
      [1900, 2, 29],
      [2000, 2, 29],
      [2022, 12, 32],
      [-1, 3, 1],
    ] as const) {
      expect(toDay(y, m, d)).toBe(byDate(y, m, d));
    }
  });

  it('reads and writes ISO days, refusing days that do not exist', () => {
    expect(parseIsoDay('2022-02-28')).toBe(19_051);
    expect(parseIsoDay('2022-02-30')).toBeNull();
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2022-13-01')).toBeNull();
    expect(isoDay(19_051)).toBe('2022-02-28');
    expect(isoDay(toDay(50, 6, 1))).toBe('0050-06-01');
  });
});
