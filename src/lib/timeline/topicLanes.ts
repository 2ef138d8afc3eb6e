/**
 * The topic view's lanes: one a topic, each sub-topic's right under its parent's, and
 * where the keyboard goes between them. An event in several topics is in each of their
 * lanes; up and down keep to the same event where the next lane has it, so a round can
 * be followed down the topics it touched.
 */
import type { TopicGroup } from '../data/topicTree';
import type { Topic } from '../data/schema';

export interface Lane {
  topic: Topic;
  /** 0 for a topic, 1 for a sub-topic, drawn indented under its parent. */
  depth: 0 | 1;
  /** Its events' indices, in time order. */
  events: readonly number[];
}

/** The lanes in reading order; `eventsOf` gives a topic's events' indices in time order. */
export function topicLanes(
  groups: readonly TopicGroup[],
  eventsOf: (topic: string) => readonly number[],
): Lane[] {
  return groups.flatMap(({ topic, children }) => [
    { topic, depth: 0 as const, events: eventsOf(topic.id) },
    ...children.map((child) => ({ topic: child, depth: 1 as const, events: eventsOf(child.id) })),
  ]);
}

/** A place in the lanes: a lane and an event of it, or null for the lane's label. */
export interface Cell {
  lane: number;
  event: number | null;
}

/**
 * Where `key` takes the keyboard from `at`: left and right along the lane (left of its
 * first event is its label), Home and End to its first and last event, up and down to
 * the lane above or below, on the same event if that lane has it, else on the one
 * nearest in time (`time` gives an event's middle), else on its label. Null for a key
 * that does not move, or a move past the edge.
 */
export function laneStep(
  lanes: readonly Pick<Lane, 'events'>[],
  at: Cell,
  key: string,
  time: (event: number) => number,
): Cell | null {
  const lane = lanes[at.lane];
  if (!lane) return null;
  const { events } = lane;
  const pos = at.event === null ? -1 : events.indexOf(at.event);
  const along = (to: number): Cell | null =>
    to === pos || to < -1 || to >= events.length
      ? null
      : { lane: at.lane, event: to < 0 ? null : events[to]! };
  switch (key) {
    case 'ArrowLeft':
      return along(pos - 1);
    case 'ArrowRight':
      return along(pos + 1);
    case 'Home':
      return along(events.length ? 0 : -1);
    case 'End':
      return along(events.length - 1);
    case 'ArrowUp':
    case 'ArrowDown': {
      const to = at.lane + (key === 'ArrowUp' ? -1 : 1);
      const next = lanes[to];
      if (!next) return null;
      return { lane: to, event: at.event === null ? null : nearest(next.events, at.event, time) };
    }
    default:
      return null;
  }
}

/** The event itself if `events` holds it, else the one nearest it in time (the earlier of two as near). */
function nearest(
  events: readonly number[],
  event: number,
  time: (event: number) => number,
): number | null {
  if (events.includes(event)) return event;
  const t = time(event);
  let best: number | null = null;
  for (const candidate of events) {
    if (best === null || Math.abs(time(candidate) - t) < Math.abs(time(best) - t)) best = candidate;
  }
  return best;
}
