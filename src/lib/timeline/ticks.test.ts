import { afterEach, describe, expect, it } from 'vitest';
import { makeScale } from './scale';
import { axisTicks, LABEL_GAP, verticals, type Tick } from './ticks';
import type { Lang } from './tickLabels';
import { estimateWidth } from './labels/measure';
import { MS_PER_DAY as DAY } from '../time/days';

const t = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);
const axis = (from: number, to: number, width: number, lang: Lang = 'en') =>
  axisTicks(makeScale([from, to], width), lang);

describe('axisTicks', () => {
  it.each([
    ['days', 7 * DAY, 1280, 'day'],
    ['weeks', 60 * DAY, 1280, 'week'],
    ['months', 365 * DAY, 1280, 'month'],
    ['quarters', 365 * DAY, 360, 'quarter'],
    ['years', 10 * 365 * DAY, 1280, '1y'],
    ['every other day', 10 * DAY, 360, '2d'],
    ['5-year steps', 20 * 365 * DAY, 360, '5y'],
    ['5-year steps', 40 * 365 * DAY, 360, '5y'],
  ])('chooses %s for a span of %d ms on %d px', (_name, span, width, level) => {
    expect(axis(t(2022, 1, 1), t(2022, 1, 1) + span, width).level).toBe(level);
  });

  it('labels every tick of a short span with month and day', () => {
    const { ticks } = axis(t(2023, 3, 5, 12), t(2023, 3, 8, 12), 1000);
    expect(ticks.map((k) => k.label)).toEqual(['Mar 6', 'Mar 7', 'Mar 8']);
  });

  it('speaks Japanese when asked', () => {
    const { ticks } = axis(t(2023, 3, 5, 12), t(2023, 3, 8, 12), 1000, 'ja');
    expect(ticks.map((k) => k.label)).toEqual(['3月6日', '3月7日', '3月8日']);
  });

  it('leaves the year to the context row under the months, and marks January major', () => {
    const { ticks, context } = axis(t(2023, 10, 15), t(2024, 3, 15), 360);
    expect(ticks.map((k) => k.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(context.map((c) => c.label)).toEqual(['2023', '2024']);
    expect(ticks.map((k) => k.major)).toEqual([false, false, true, false, false]);
  });

  it('places each tick at its scale position', () => {
    const scale = makeScale([t(2023, 1, 1), t(2024, 1, 1)], 900);
    for (const k of axisTicks(scale, 'en').ticks) expect(k.x).toBe(scale(k.t));
  });

  it('keeps the year of a partial first period readable at the left edge', () => {
    const scale = makeScale([t(2023, 10, 15), t(2024, 3, 15)], 360);
    const { context } = axisTicks(scale, 'en');
    expect(context).toEqual([
      { t: t(2023, 1, 1), x: 0, label: '2023' },
      { t: t(2024, 1, 1), x: scale(t(2024, 1, 1)), label: '2024' },
    ]);
  });

  it('ends the last context label at the right edge, over its boundary, rather than cut it', () => {
    // 2024 starts 10 days before the end of a 360 px window: "2024" cannot fit after it.
    const scale = makeScale([t(2023, 7, 1), t(2024, 1, 11)], 360);
    const { context } = axisTicks(scale, 'en');
    const boundary = scale(t(2024, 1, 1));
    expect(boundary + estimateWidth('2024')).toBeGreaterThan(360);
    expect(context.map((c) => c.label)).toEqual(['2023', '2024']);
    const last = context[1]!;
    expect(last.x).toBeLessThan(boundary);
    expect(last.x + estimateWidth('2024')).toBeGreaterThan(boundary);
    for (const c of context) expect(c.x + estimateWidth(c.label)).toBeLessThanOrEqual(360);
  });

  it('gives year rows no context row', () => {
    expect(axis(t(2010, 1, 1), t(2030, 1, 1), 1280).context).toEqual([]);
  });

  it('returns no ticks rather than overlapping ones when nothing fits', () => {
    const huge = () => 10_000;
    const got = axisTicks(makeScale([t(2023, 1, 1), t(2024, 1, 1)], 360), 'en', huge);
    expect(got.ticks.length).toBeLessThanOrEqual(1);
  });

  describe('in a process running in America/New_York across the spring DST change', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });

    it('spaces day ticks exactly one UTC day apart', () => {
      process.env.TZ = 'America/New_York';
      const { ticks } = axis(t(2023, 3, 10), t(2023, 3, 15), 1280);
      const steps = ticks.slice(1).map((k, i) => k.t - (ticks[i] as Tick).t);
      expect(new Set(steps)).toEqual(new Set([DAY]));
    });
  });
});

describe('axisTicks guarantees', () => {
  const widths = [360, 375, 768, 1024, 1280, 1920];
  const spans = [2, 3, 5, 10, 14, 30, 45, 60, 90, 180, 270, 365, 540, 730, 1100, 1825, 3650, 7300];
  const starts = [t(2022, 1, 1), t(2023, 6, 17, 9), t(2024, 12, 30, 18)];
  const cases = widths.flatMap((w) =>
    (['en', 'ja'] as const).flatMap((lang) => starts.map((s) => ({ w, lang, s }))),
  );

  it.each(cases)(
    'on $w px in $lang from $s: strictly increasing, never overlapping',
    ({ w, lang, s }) => {
      for (const days of spans) {
        const { ticks, context } = axis(s, s + days * DAY, w, lang);
        expect(ticks.length, `${days} days`).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < ticks.length; i++) {
          const a = ticks[i - 1] as Tick;
          const b = ticks[i] as Tick;
          expect(b.t).toBeGreaterThan(a.t);
          const room = (estimateWidth(a.label) + estimateWidth(b.label)) / 2 + LABEL_GAP;
          expect(b.x - a.x, `${days} days: ${a.label} / ${b.label}`).toBeGreaterThanOrEqual(room);
        }
        for (let i = 1; i < context.length; i++) {
          const a = context[i - 1] as (typeof context)[number];
          const b = context[i] as (typeof context)[number];
          expect(b.x - a.x).toBeGreaterThanOrEqual(estimateWidth(a.label) + LABEL_GAP);
        }
      }
    },
  );
});

describe('bold ticks', () => {
  /** What a bold tick must be on, by the level's parent: a month's first day, January 1, a decade. */
  const onBoundary: Record<string, (d: Date) => boolean> = {
    day: (d) => d.getUTCDate() === 1,
    '2d': (d) => d.getUTCDate() === 1,
    week: (d) => d.getUTCDate() === 1,
    month: (d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1,
    quarter: (d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1,
    '1y': () => false,
    '2y': (d) => d.getUTCFullYear() % 10 === 0,
    '5y': (d) => d.getUTCFullYear() % 10 === 0,
  };
  const widths = [360, 390, 768, 1024, 1280, 1920];
  const spans = [2, 3, 5, 8, 10, 14, 21, 30, 45, 60, 75, 90, 120, 180, 365, 730, 1100, 1600];
  const starts = [
    t(2021, 11, 15),
    t(2022, 3, 29, 7),
    t(2022, 8, 3),
    t(2023, 1, 31, 20),
    t(2023, 6, 17, 9),
    t(2024, 2, 27),
    t(2018, 10, 8),
  ];

  const windows = widths.flatMap((w) =>
    (['en', 'ja'] as const).flatMap((lang) =>
      starts.map((s) => ({ w, lang, s: new Date(s).toISOString() })),
    ),
  );

  it.each(windows)(
    'on $w px in $lang from $s, over every span, a bold tick is on a boundary of its parent',
    ({ w, lang, s }) => {
      for (const days of spans) {
        const { level, ticks } = axis(Date.parse(s), Date.parse(s) + days * DAY, w, lang);
        const rule = onBoundary[level];
        expect(rule, `a rule for ${level}`).toBeDefined();
        for (const tick of ticks.filter((k) => k.major)) {
          const date = new Date(tick.t);
          expect(rule!(date), `${level}, ${days} days: ${date.toISOString()}`).toBe(true);
        }
      }
    },
  );

  it('does not bold the first Monday of a month at week zoom ("Dec 6" over "Dec 2021")', () => {
    const { level, ticks } = axis(t(2021, 11, 15), t(2022, 1, 31), 1280);
    expect(level).toBe('week');
    expect(ticks.find((k) => k.label === 'Dec 6')?.major).toBe(false);
    expect(ticks.filter((k) => k.major)).toEqual([]);
  });

  it('bolds the 1st of a month when the week row has it', () => {
    // November 1, 2021 is a Monday.
    const { level, ticks } = axis(t(2021, 10, 10), t(2021, 12, 20), 1280);
    expect(level).toBe('week');
    expect(ticks.filter((k) => k.major).map((k) => k.label)).toEqual(['Nov 1']);
  });

  it('does not bold the 2nd when every other day skips the 1st ("Apr 2")', () => {
    const { level, ticks } = axis(t(2022, 3, 20), t(2022, 4, 12), 768);
    expect(level).toBe('2d');
    expect(ticks.find((k) => k.label === 'Apr 2')?.major).toBe(false);
  });

  it('bolds no single year, so none stands out zoomed all the way out (2019 to 2027)', () => {
    const { level, ticks } = axis(t(2018, 10, 8), t(2027, 9, 11), 1280);
    expect(level).toBe('1y');
    expect(ticks.filter((k) => k.major)).toEqual([]);
  });
});

describe('verticals', () => {
  const ticks: Tick[] = [
    { t: 0, x: 10, label: '2022', major: true },
    { t: 1, x: 20.5, label: 'Q2', major: false },
    { t: 2, x: 30, label: '', major: false },
  ];

  it('draws one line per tick of the kind asked, from y1 to y2', () => {
    expect(verticals(ticks, true, 0, 50)).toBe('M10,0V50');
    expect(verticals(ticks, false, 0, 50)).toBe('M20.5,0V50M30,0V50');
    expect(verticals(ticks, null, 50, 55)).toBe('M10,50V55M20.5,50V55M30,50V55');
  });

  it('is empty with no tick of that kind', () => {
    expect(verticals(ticks.slice(1), true, 0, 50)).toBe('');
  });
});
