/**
 * What the first view needs of every event, made in one pass over the events: the
 * columns a frame searches, each topic's events, and the span of the data. A load draws
 * once, and several passes over 10,000 events, each in code the engine has not yet
 * optimised, cost several times one. What only drawn marks need (an event's extent, its
 * shape) is computed for those marks alone, when they are drawn.
 */
import type { EdtfDate } from '../time/edtf';
import { MS_PER_DAY } from '../time/days';
import type { PlacedEvent } from '../data/semantics';
import type { Columns } from './frame';
import type { Shape } from './marks';

export interface EventIndex {
  /** What each event occupies (its date and what was expected), sorted by start. */
  columns: Columns;
  /** Each topic's events, in time order. */
  byTopic: Map<string, PlacedEvent[]>;
  /** Earliest start and latest end of the events' own dates; null with no events. */
  span: readonly [number, number] | null;
}

/** A day is a point and an exact interval a bar; anything less exact is soft. */
export function shapeOf(when: EdtfDate): Shape {
  const days = when.precision === 'day';
  const exact = days && !when.approximate && !when.uncertain;
  if (exact) return when.interval ? 'bar' : 'point';
  return days && !when.interval ? 'soft-point' : 'soft';
}

/** An event's extent on the axis, in UTC ms: from its first day to the end of its last. */
export function extentOf(when: EdtfDate): [number, number] {
  const first = when.first ?? when.last ?? 0;
  const last = when.last ?? when.first ?? 0;
  return [first * MS_PER_DAY, (last + 1) * MS_PER_DAY];
}

export function indexEvents(events: readonly PlacedEvent[]): EventIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const byTopic = new Map<string, PlacedEvent[]>();
  let lo = Infinity;
  let hi = -Infinity;
  let sorted = true;
  let maxDuration = 0;

  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    // extentOf, written out: a pair per event is 10,000 small arrays for the collector.
    const when = event.when;
    const from = (when.first ?? when.last ?? 0) * MS_PER_DAY;
    const to = ((when.last ?? when.first ?? 0) + 1) * MS_PER_DAY;
    let start = from;
    let end = to;
    const hoped = event.expectedWhen;
    if (hoped) {
      start = Math.min(start, (hoped.first ?? hoped.last ?? 0) * MS_PER_DAY);
      end = Math.max(end, ((hoped.last ?? hoped.first ?? 0) + 1) * MS_PER_DAY);
    }
    starts[i] = start;
    ends[i] = end;
    if (i > 0 && start < starts[i - 1]!) sorted = false;
    if (end - start > maxDuration) maxDuration = end - start;
    if (from < lo) lo = from;
    if (to > hi) hi = to;
    const topics = event.topics;
    for (let t = 0; t < topics.length; t++) {
      const list = byTopic.get(topics[t]!);
      if (list) list.push(event);
      else byTopic.set(topics[t]!, [event]);
    }
  }

  return {
    columns: sortColumns(starts, ends, sorted, maxDuration),
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
