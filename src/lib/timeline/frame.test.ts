import { describe, expect, it } from 'vitest';
import { layoutFrame, type Columns, type LabelInputs } from './frame';
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

/** Labels 40 px wide from each event's start; the columns' order is the events' order. */
function labelsOf(
  columns: Columns,
  anchor: LabelInputs['anchor'] = () => 'start',
  width = 40,
): LabelInputs {
  return {
    extent: (i) => [columns.starts[i]!, columns.ends[i]!],
    anchor,
    width: () => width,
  };
}

describe('layoutFrame', () => {
  const columns = columnsWithOneOngoing(200);

  it('draws an ongoing event that started long before the window', () => {
    const frame = layoutFrame(
      columns,
      scaleTime([150 * DAY, 155 * DAY], [0, 1000]),
      labelsOf(columns),
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
      labelsOf(columns),
      options,
    );
    expect(frame.kind).toBe('marks');
  });

  it('leaves out an open footprint that ended before the window', () => {
    const ended = { ...columns, ends: Float64Array.from(columns.ends, (e, i) => (i ? e : DAY)) };
    const frame = layoutFrame(
      ended,
      scaleTime([150 * DAY, 155 * DAY], [0, 1000]),
      labelsOf(ended),
      options,
    );
    if (frame.kind !== 'marks') throw new Error('expected marks');
    expect(frame.marks.map((m) => m.event)).not.toContain(0);
  });

  it('keeps the next event of a lane off a label held at the left edge', () => {
    // Event 0 began long before the window and ends 30 px into it; its 200 px label is
    // held at the left edge, over the next two days' marks, which must go elsewhere.
    const ends = Float64Array.from(columns.ends, (e, i) => (i ? e : 150.3 * DAY));
    const early = { ...columns, ends };
    const frame = layoutFrame(
      early,
      scaleTime([150 * DAY, 160 * DAY], [0, 1000]),
      labelsOf(early, () => 'start', 200),
      options,
    );
    if (frame.kind !== 'marks') throw new Error('expected marks');
    const began = frame.marks.find((m) => m.event === 0)!;
    expect(began).toMatchObject({ labelX: 2, labelShown: true });
    const sharing = frame.marks.filter((m) => m.lane === began.lane && m.event !== 0);
    expect(sharing.length).toBeGreaterThan(0);
    for (const m of sharing) expect(Math.min(m.x0, m.labelX)).toBeGreaterThanOrEqual(202 + 10);
  });

  it("ends an open start's label at its known end", () => {
    const few = columnsWithOneOngoing(5);
    const frame = layoutFrame(
      few,
      scaleTime([0, 10 * DAY], [0, 1000]),
      labelsOf(few, (i) => (i === 0 ? 'end' : 'start')),
      options,
    );
    if (frame.kind !== 'marks') throw new Error('expected marks');
    const ongoing = frame.marks.find((m) => m.event === 0)!;
    expect(ongoing).toMatchObject({ x1: 600, labelX: 560 });
  });
});
