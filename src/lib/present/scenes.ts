/**
 * A presentation is a list of scenes, each a saved view: the dataset's own stops or, when
 * it has none, its events in time order. The first scene is a title card (the dataset's
 * title over the whole timeline): the dataset's first stop when it is one (a stop with no
 * event and no window), else one put before the others.
 */
import type { Stop, Text } from '../data/schema';
import type { PlacedEvent } from '../data/semantics';
import { parseIsoDay, MS_PER_DAY } from '../time/days';

export interface Scene {
  /** What the presenter says at this stop, if the data says it. */
  note: Text | null;
  /** The event it selects. */
  event: string | null;
  /** The topics it filters by. */
  topics: readonly string[];
  /** The window it shows, UTC ms; null: the event brought into view, or everything. */
  window: readonly [number, number] | null;
  /** The title card: the dataset's title over everything. */
  title: boolean;
}

/** A stop's window, from its first day to the end of its last. */
function windowOf(stop: Stop): [number, number] | null {
  const from = parseIsoDay(stop.from);
  const to = parseIsoDay(stop.to);
  return from !== null && to !== null ? [from * MS_PER_DAY, (to + 1) * MS_PER_DAY] : null;
}

export function scenesOf(stops: readonly Stop[], events: readonly PlacedEvent[]): Scene[] {
  const body: Scene[] = stops.length
    ? stops.map((stop) => ({
        note: stop.note,
        event: stop.event ?? null,
        topics: stop.topics ?? [],
        window: windowOf(stop),
        title: false,
      }))
    : events.map((event) => ({
        note: null,
        event: event.id,
        topics: [],
        window: null,
        title: false,
      }));
  const [first] = body;
  if (first && !first.event && !first.window) return [{ ...first, title: true }, ...body.slice(1)];
  return [{ note: null, event: null, topics: [], window: null, title: true }, ...body];
}
