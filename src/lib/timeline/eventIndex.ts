/**
 * What the first view needs of every event, made in one pass over the events: the
 * columns a frame searches, each topic's events, and the span of the data. A load draws
 * once, and several passes over 10,000 events, each in code the engine has not yet
 * optimised, cost several times one. What only drawn marks need (an event's extent, its
 * shape) is computed for those marks alone, when they are drawn.
 */
import type { EdtfDate } from '../time/edtf';
import { MS_PER_DAY, type Day } from '../time/days';
import { knownFirst, knownLast } from '../time/knownDays';
import type { PlacedEvent } from '../data/semantics';
import type { Columns } from './frame';
import { openReach, reachedDays, type OpenReach } from './openReach';

export interface EventIndex {
  /** What each event occupies (its date and what was expected), sorted by start. */
  columns: Columns;
  /** Each topic's events, in time order. */
  byTopic: Map<string, PlacedEvent[]>;
  /** Earliest start and latest end of the events' own dates; null with no events. */
  span: readonly [number, number] | null;
  /** How far open ends reach; null with no events. */
  reach: OpenReach | null;
}

/**
 * An event's extent on the axis, in UTC ms: from its first day to the end of its last,
 * open ends reaching as `reach` says (without it, only the known end's days).
 */
export function extentOf(when: EdtfDate, reach: OpenReach | null = null): [number, number] {
  const [first, last] = reachedDays(when, reach);
  return [first * MS_PER_DAY, (last + 1) * MS_PER_DAY];
}

const hasOpenEnd = (when: EdtfDate | undefined) => !!when && (when.openStart || when.openEnd);

/** The events indexed, their open ends reaching to `asOf` (a day) when the data gives one. */
export function indexEvents(events: readonly PlacedEvent[], asOf: Day | null = null): EventIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const byTopic = new Map<string, PlacedEvent[]>();
  let lo = Infinity;
  let hi = -Infinity;
  let sorted = true;
  let maxDuration = 0;
  // Events open at either end: placed once the data's known days are all seen.
  let open: number[] | null = null;

  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    // extentOf, written out: a pair per event is 10,000 small arrays for the collector.
    const when = event.when;
    const from = knownFirst(when) * MS_PER_DAY;
    const to = (knownLast(when) + 1) * MS_PER_DAY;
    let start = from;
    let end = to;
    const hoped = event.expectedWhen;
    if (hoped) {
      start = Math.min(start, knownFirst(hoped) * MS_PER_DAY);
      end = Math.max(end, (knownLast(hoped) + 1) * MS_PER_DAY);
    }
    starts[i] = start;
    ends[i] = end;
    if (i > 0 && start < starts[i - 1]!) sorted = false;
    if (hasOpenEnd(when) || hasOpenEnd(hoped)) (open ??= []).push(i);
    else if (end - start > maxDuration) maxDuration = end - start;
    if (from < lo) lo = from;
    if (to > hi) hi = to;
    const topics = event.topics;
    for (let t = 0; t < topics.length; t++) {
      const list = byTopic.get(topics[t]!);
      if (list) list.push(event);
      else byTopic.set(topics[t]!, [event]);
    }
  }

  const reach = n ? openReach(lo / MS_PER_DAY, hi / MS_PER_DAY - 1, asOf) : null;
  if (open && reach) {
    for (const i of open) {
      const event = events[i]!;
      const [from, to] = extentOf(event.when, reach);
      const [hopedFrom, hopedTo] = event.expectedWhen
        ? extentOf(event.expectedWhen, reach)
        : [from, to];
      starts[i] = Math.min(from, hopedFrom);
      ends[i] = Math.max(to, hopedTo);
      lo = Math.min(lo, from);
      hi = Math.max(hi, to);
    }
    // An open start now starts with the data: first, where time order puts it.
    sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = starts[i - 1]! <= starts[i]!;
  }

  return {
    columns: sortColumns(starts, ends, sorted, maxDuration, open),
    byTopic,
    span: n ? [lo, hi] : null,
    reach,
  };
}

/**
 * Footprints sorted by start, ties in time order. Events come in time order, so unless
 * an expected date reaches earlier than its event, they are sorted already. Footprints
 * with an open end are left out of `maxDuration` and listed in `open` instead: one
 * event still going on reaches across the data, and would have every frame scan it all.
 */
function sortColumns(
  starts: Float64Array,
  ends: Float64Array,
  sorted: boolean,
  maxDuration: number,
  openEvents: readonly number[] | null,
): Columns {
  const order = new Uint32Array(starts.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (sorted) return { starts, ends, maxDuration, order, open: Uint32Array.from(openEvents ?? []) };
  order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  const sortedStarts = new Float64Array(order.length);
  const sortedEnds = new Float64Array(order.length);
  const isOpenEvent = new Set(openEvents ?? []);
  const open: number[] = [];
  for (let i = 0; i < order.length; i++) {
    sortedStarts[i] = starts[order[i]!]!;
    sortedEnds[i] = ends[order[i]!]!;
    if (isOpenEvent.has(order[i]!)) open.push(i);
  }
  return {
    starts: sortedStarts,
    ends: sortedEnds,
    maxDuration,
    order,
    open: Uint32Array.from(open),
  };
}
