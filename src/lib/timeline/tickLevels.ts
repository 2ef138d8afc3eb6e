import {
  utcDay,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { MS_PER_DAY } from '../time/days';
import type { LabelKey } from './tickLabels';

/**
 * One row of the axis granularity table. A tick is major (bold) when it falls on a
 * boundary of its `parent`: the 1st of a month for days and weeks (a week's Monday is
 * seldom one), January 1 for months and quarters, a decade or a century for years.
 */
export interface TickLevel {
  name: string;
  interval: TimeInterval;
  label: LabelKey;
  /** Whose boundaries are bold; none for single years. */
  parent: TimeInterval | null;
  /** The coarser row of context labels under the ticks (years under months). */
  context: { interval: TimeInterval; label: LabelKey } | null;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  const stepped = interval.every(step);
  if (!stepped) throw new Error(`no interval every ${step}`);
  return stepped;
}

// Every other day counted from the epoch, not d3's utcDay.every(2): that restarts
// on the 1st, so the 31st and the 1st would sit one day apart and their labels collide.
const everyOtherDay = utcDay.filter((d) => Math.floor(+d / MS_PER_DAY) % 2 === 0);

const monthContext = { interval: utcMonth, label: 'monthYear' } as const;
const yearContext = { interval: utcYear, label: 'year' } as const;

// Single years have no parent: a bold 2020 among 2019 to 2027 reads as a year apart.
function years(step: number): TickLevel {
  const parent = step === 1 ? null : every(utcYear, step < 10 ? 10 : 100);
  return { name: `${step}y`, interval: every(utcYear, step), label: 'year', parent, context: null };
}

/** Finest first. The chooser walks it from the coarsest end. */
export const TICK_LEVELS: readonly TickLevel[] = [
  { name: 'day', interval: utcDay, label: 'day', parent: utcMonth, context: monthContext },
  { name: '2d', interval: everyOtherDay, label: 'day', parent: utcMonth, context: monthContext },
  { name: 'week', interval: utcMonday, label: 'day', parent: utcMonth, context: monthContext },
  { name: 'month', interval: utcMonth, label: 'month', parent: utcYear, context: yearContext },
  {
    name: 'quarter',
    interval: every(utcMonth, 3),
    label: 'quarter',
    parent: utcYear,
    context: yearContext,
  },
  ...[1, 2, 5, 10, 20, 50, 100].map(years),
];
