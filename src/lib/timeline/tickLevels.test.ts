import { describe, expect, it } from 'vitest';
import { TICK_LEVELS, type TickLevel } from './tickLevels';
import { MS_PER_DAY as DAY } from '../time/days';

const from = new Date(Date.UTC(2020, 0, 1));
const to = new Date(Date.UTC(2030, 0, 1));
const meanStep = (level: TickLevel) => {
  const ticks = level.interval.range(
    new Date(Date.UTC(1900, 0, 1)),
    new Date(Date.UTC(2100, 0, 1)),
  );
  return (+(ticks.at(-1) ?? 0) - +(ticks[0] ?? 0)) / (ticks.length - 1);
};

describe('TICK_LEVELS', () => {
  it('runs from finest to coarsest', () => {
    const steps = TICK_LEVELS.map(meanStep);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] as number);
  });

  it('steps every other day evenly across month and year ends', () => {
    const level = TICK_LEVELS.find((l) => l.name === '2d') as TickLevel;
    const ticks = level.interval.range(from, to).map(Number);
    const steps = new Set(ticks.slice(1).map((t, i) => t - (ticks[i] as number)));
    expect(steps).toEqual(new Set([2 * DAY]));
  });

  it('starts weeks on Monday', () => {
    const level = TICK_LEVELS.find((l) => l.name === 'week') as TickLevel;
    const days = new Set(level.interval.range(from, to).map((d) => d.getUTCDay()));
    expect(days).toEqual(new Set([1]));
  });

  it('starts quarters in January, April, July and October', () => {
    const level = TICK_LEVELS.find((l) => l.name === 'quarter') as TickLevel;
    const months = new Set(level.interval.range(from, to).map((d) => d.getUTCMonth()));
    expect(months).toEqual(new Set([0, 3, 6, 9]));
  });
});
