import { describe, expect, it } from 'vitest';
import { layoutFrame, type Columns } from './frame';
import { scaleTime } from './timeScale';

const DAY = 86_400_000;
const options = { lanes: 6, densityLimit: 20, markWidth: 12, gap: 10, binWidth: 40 };

/** Day-long events on days 0..count-1, and one going on from day 0 to day `count`. */
function columnsWithOneOngoing(count: number): Columns {
  const starts = new Float64Array(count + 1);
  const ends = new Float64Array(count + 1);
  ends[0] = (count + 1) * DAY;
  for (let i = 1; i <= count; i++) {
    starts[i] = (i - 1) * DAY;
    ends[i] = i * DAY;
  }
  return {
    starts,
    ends,
    maxDuration: DAY,
    order: Uint32Array.from(starts, (_, i) => i),
    open: Uint32Array.of(0),
  };
}

describe('layoutFrame', () => {
  const columns = columnsWithOneOngoing(200);

  it('draws an ongoing event that started long before the window', () => {
    const frame = layoutFrame(
      columns,
      scaleTime([150 * DAY, 155 * DAY], [0, 1000]),
      () => 40,
      options,
    );
    expect(frame.kind).toBe('marks');
    if (frame.kind !== 'marks') return;
    expect(frame.marks.map((m) => m.event)).toContain(0);
  });

  it('does not count every earlier event as a candidate because one is ongoing', () => {
    // 6 days in view: far under the density limit, though 150 events started earlier.
    const frame = layoutFrame(
      columns,
      scaleTime([150 * DAY, 156 * DAY], [0, 1000]),
      () => 40,
      options,
    );
    expect(frame.kind).toBe('marks');
  });

  it('leaves out an open footprint that ended before the window', () => {
    const ended = { ...columns, ends: Float64Array.from(columns.ends, (e, i) => (i ? e : DAY)) };
    const frame = layoutFrame(
      ended,
      scaleTime([150 * DAY, 155 * DAY], [0, 1000]),
      () => 40,
      options,
    );
    if (frame.kind !== 'marks') throw new Error('expected marks');
    expect(frame.marks.map((m) => m.event)).not.toContain(0);
  });
});
