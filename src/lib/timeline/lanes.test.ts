import { describe, expect, it } from 'vitest';
import { layoutLanes, type LaneItem, type LaneLayout, type LaneOptions } from './lanes';

const options: LaneOptions = {
  lanes: 2,
  gap: 4,
  markWidth: 10,
  binWidth: 20,
  invert: (x) => x * 1000,
  width: 1920,
};
const point = (index: number, x: number, labelWidth = 50): LaneItem => ({
  index,
  x0: x,
  x1: x,
  labelX: x,
  labelWidth,
});

describe('layoutLanes', () => {
  it('keeps events far apart in the first lane, all labelled', () => {
    const got = layoutLanes([point(0, 0), point(1, 100), point(2, 200)], options);
    expect(got).toEqual({
      placed: [
        { index: 0, lane: 0, labelShown: true },
        { index: 1, lane: 0, labelShown: true },
        { index: 2, lane: 0, labelShown: true },
      ],
      aggregates: [],
    });
  });

  it('moves an event whose mark would run into a label to the next lane', () => {
    const got = layoutLanes([point(0, 0), point(1, 30)], options);
    expect(got.placed).toEqual([
      { index: 0, lane: 0, labelShown: true },
      { index: 1, lane: 1, labelShown: true },
    ]);
  });

  it('hides a label to make room for a mark when every lane is taken', () => {
    const got = layoutLanes([point(0, 0), point(1, 5), point(2, 20)], options);
    expect(got.placed).toEqual([
      { index: 0, lane: 0, labelShown: false, labelRoom: 16 },
      { index: 1, lane: 1, labelShown: true },
      { index: 2, lane: 0, labelShown: true },
    ]);
    expect(got.aggregates).toEqual([]);
  });

  it('gathers events that fit no lane into a counted aggregate per column', () => {
    const items = [0, 1, 2, 3, 14, 25].map((x, i) => point(i, x));
    const got = layoutLanes(items, { ...options, lanes: 1 });
    expect(got.placed.map((p) => p.index)).toEqual([0, 4]);
    expect(got.aggregates).toEqual([
      { x0: 0, x1: 20, count: 3, indices: [1, 2, 3], from: 0, to: 20_000 },
      { x0: 20, x1: 40, count: 1, indices: [5], from: 20_000, to: 40_000 },
    ]);
  });

  it('lets a range event reserve its full length even with a short label', () => {
    const range: LaneItem = { index: 0, x0: 0, x1: 300, labelX: 0, labelWidth: 20 };
    const got = layoutLanes([range, point(1, 200), point(2, 310)], options);
    expect(got.placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it('gives a label cut short by a later mark the room it still has', () => {
    const got = layoutLanes([point(0, 0), point(1, 5), point(2, 40)], options);
    // 2 takes the lane of 0, whose label can keep 40 - 4 px of its 50.
    expect(got.placed[0]).toEqual({ index: 0, lane: 0, labelShown: false, labelRoom: 36 });
  });

  it('keeps the room where a label is really drawn, even far from its mark', () => {
    // A bar that began left of the view, its label held at the left edge; a dot whose
    // label is drawn left of it, near the right edge.
    const began: LaneItem = { index: 0, x0: -400, x1: 10, labelX: 2, labelWidth: 100 };
    const near: LaneItem = { index: 2, x0: 500, x1: 500, labelX: 420, labelWidth: 80 };
    const got = layoutLanes([began, point(1, 60), near, point(3, 440)], options);
    // 1 would sit on the first label, 3 on the label drawn left of 2's dot.
    expect(got.placed.map((p) => [p.index, p.lane])).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
  });

  it('puts an event that began left of the view into the first column when it overflows', () => {
    const got = layoutLanes([point(0, -50), point(1, -50)], { ...options, lanes: 1 });
    expect(got.placed).toHaveLength(1);
    const other = 1 - got.placed[0]!.index;
    expect(got.aggregates.map((a) => [a.x0, a.indices])).toEqual([[0, [other]]]);
  });

  it('with no lanes, aggregates everything', () => {
    const got = layoutLanes([point(0, 0), point(1, 100)], { ...options, lanes: 0 });
    expect(got.placed).toEqual([]);
    expect(got.aggregates.reduce((n, a) => n + a.count, 0)).toBe(2);
  });

  describe('when the marks need more lanes than there are', () => {
    // 300 dots in 600 px, four lanes: about one in four gets a lane.
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const xs = Array.from({ length: 300 }, () => rand() * 600).sort((a, b) => a - b);
    const crowd = (scale: number) =>
      xs.map((x, index) => point(index, 300 + (x - 300) * scale, 40));
    const opts = { ...options, lanes: 4, width: 600 };
    const drawn = (scale: number) =>
      new Set(layoutLanes(crowd(scale), opts).placed.map((p) => p.index));

    it('a zoom step keeps nearly every mark it drew that is still in view', () => {
      for (const scale of [1, 1.23, 1.5]) {
        const before = drawn(scale);
        const after = drawn(scale * 1.23);
        const inView = [...before].filter((i) => {
          const x = 300 + (xs[i]! - 300) * scale * 1.23;
          return x >= 0 && x < 600;
        });
        const kept = inView.filter((i) => after.has(i));
        expect(kept.length / inView.length).toBeGreaterThan(0.8);
      }
    });

    it('draws the events asked for first, wherever they are', () => {
      const unlucky = [...Array(300).keys()].filter((i) => !drawn(1).has(i)).slice(0, 2);
      const got = layoutLanes(crowd(1), { ...opts, first: unlucky });
      const placed = new Set(got.placed.map((p) => p.index));
      for (const index of unlucky) expect(placed.has(index)).toBe(true);
    });

    it('finds a lane for every mark it chose, and never stacks them deeper', () => {
      const got = layoutLanes(crowd(1), opts);
      expect(got.placed.every((p) => p.lane >= 0 && p.lane < opts.lanes)).toBe(true);
      const counted = got.placed.length + got.aggregates.reduce((n, a) => n + a.count, 0);
      expect(counted).toBe(300);
    });
  });

  describe('on 2,000 random items', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items: LaneItem[] = Array.from({ length: 2000 }, (_, index) => {
      const x0 = rand() * 1920;
      // Most labels start at their mark; some are drawn left of it, some right.
      const shift = rand();
      return {
        index,
        x0,
        x1: rand() < 0.7 ? x0 : x0 + rand() * 200,
        labelX: shift < 0.8 ? x0 : shift < 0.9 ? x0 - rand() * 100 : x0 + rand() * 100,
        labelWidth: 20 + rand() * 100,
      };
    });
    const opts = { ...options, lanes: 8, binWidth: 6 };
    const layout = layoutLanes(items, opts);

    it('accounts for every item exactly once', () => {
      const seen = [
        ...layout.placed.map((p) => p.index),
        ...layout.aggregates.flatMap((a) => a.indices),
      ];
      expect(seen.sort((a, b) => a - b)).toEqual(items.map((i) => i.index));
      for (const a of layout.aggregates) expect(a.count).toBe(a.indices.length);
    });

    it('never overlaps two boxes in a lane', () => {
      const ends = new Map<number, number>();
      for (const p of layout.placed) {
        const it = items[p.index] as LaneItem;
        const mark = Math.max(it.x1, it.x0 + opts.markWidth);
        const label = p.labelShown ? it.labelWidth : (p.labelRoom ?? 0);
        const end = Math.max(mark, it.labelX + label);
        const start = p.labelShown ? Math.min(it.x0, it.labelX) : it.x0;
        expect(start).toBeGreaterThanOrEqual((ends.get(p.lane) ?? -Infinity) + opts.gap);
        ends.set(p.lane, end);
      }
    });

    it('keeps one aggregate per column, left to right, though labels drawn left reorder the boxes', () => {
      const x0s = layout.aggregates.map((a) => a.x0);
      expect(layout.aggregates.length).toBeGreaterThan(10);
      expect(new Set(x0s).size).toBe(x0s.length);
      expect(x0s).toEqual([...x0s].sort((a, b) => a - b));
    });

    it('gives the same layout for the same items in any order', () => {
      const again: LaneLayout = layoutLanes([...items].reverse(), opts);
      expect(again).toEqual(layout);
    });
  });
});
