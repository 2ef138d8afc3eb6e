/**
 * Everything the timeline needs to know of each event, made in one pass over the
 * events: where each one lies on the axis, what it draws, where to find it by id or by
 * topic, and the columns a frame searches. A load draws once; seven passes over 10,000
 * events, each in code the engine has not yet optimised, cost several times one pass.
 */
import type { EdtfDate } from '../time/edtf';
import { MS_PER_DAY } from '../time/days';
import type { PlacedEvent } from '../data/semantics';
import type { Columns } from './frame';
import type { Shape } from './marks';

export interface EventIndex {
  /** [start, end) in UTC ms of each event's own date, in time order. */
  extents: (readonly [number, number])[];
  /** [start, end) of what a source expected beforehand, where an event says. */
  expected: (readonly [number, number] | null)[];
  shapes: Shape[];
  /** What each event occupies (its date and what was expected), sorted by start. */
  columns: Columns;
  /** Each event's index, by id. */
  byId: Map<string, number>;
  /** Each topic's events, in time order. */
  byTopic: Map<string, PlacedEvent[]>;
  /** Earliest start and latest end of the events' own dates; null with no events. */
  span: readonly [number, number] | null;
}

/** A day is a point and an exact interval a bar; anything less exact is soft. */
export function shapeOf(when: EdtfDate): Shape {
  const exact = when.precision === 'day' && !when.approximate && !when.uncertain;
  return !exact ? 'soft' : when.interval ? 'bar' : 'point';
}

/** An event's extent on the axis, in UTC ms: from its first day to the end of its last. */
export function extentOf(when: EdtfDate): [number, number] {
  const first = when.first ?? when.last ?? 0;
  const last = when.last ?? when.first ?? 0;
  return [first * MS_PER_DAY, (last + 1) * MS_PER_DAY];
}

export function indexEvents(events: readonly PlacedEvent[]): EventIndex {
  const n = events.length;
  const extents = new Array<readonly [number, number]>(n);
  const expected = new Array<readonly [number, number] | null>(n);
  const shapes = new Array<Shape>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const byId = new Map<string, number>();
  const byTopic = new Map<string, PlacedEvent[]>();
  let lo = Infinity;
  let hi = -Infinity;
  let sorted = true;
  let maxDuration = 0;

  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    const extent = extentOf(event.when);
    const hoped = event.expectedWhen ? extentOf(event.expectedWhen) : null;
    extents[i] = extent;
    expected[i] = hoped;
    shapes[i] = shapeOf(event.when);
    const start = hoped ? Math.min(extent[0], hoped[0]) : extent[0];
    const end = hoped ? Math.max(extent[1], hoped[1]) : extent[1];
    starts[i] = start;
    ends[i] = end;
    if (i > 0 && start < starts[i - 1]!) sorted = false;
    if (end - start > maxDuration) maxDuration = end - start;
    if (extent[0] < lo) lo = extent[0];
    if (extent[1] > hi) hi = extent[1];
    byId.set(event.id, i);
    for (const topic of event.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(event);
      else byTopic.set(topic, [event]);
    }
  }

  return {
    extents,
    expected,
    shapes,
    columns: sortColumns(starts, ends, sorted, maxDuration),
    byId,
    byTopic,
    span: n ? [lo, hi] : null,
  };
}

/**
 * Footprints sorted by start, ties in time order. Events come in time order, so unless
 * an expected date reaches earlier than its event, they are sorted already.
 */
function sortColumns(
  starts: Float64Array,
  ends: Float64Array,
  sorted: boolean,
  maxDuration: number,
): Columns {
  const order = new Uint32Array(starts.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (sorted) return { starts, ends, maxDuration, order };
  order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  const sortedStarts = new Float64Array(order.length);
  const sortedEnds = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    sortedStarts[i] = starts[order[i]!]!;
    sortedEnds[i] = ends[order[i]!]!;
  }
  return { starts: sortedStarts, ends: sortedEnds, maxDuration, order };
}
