/**
 * One timeline's data as the views use it: the checked records, the index that places
 * every event on the axis (sorted columns, each topic's events, the data's span), the
 * padded domain the zoom starts from, and what the legend must explain.
 */
import type { Checked, PlacedEvent } from '../lib/data/semantics';
import { STATUSES } from '../lib/data/statuses';
import type { EdtfDate } from '../lib/time/edtf';
import { parseIsoDay } from '../lib/time/days';
import { extentOf, indexEvents } from '../lib/timeline/eventIndex';
import { shapeOf, type Shape } from '../lib/timeline/shape';
import { domainOf, extentOfRanges } from '../lib/timeline/scale';
import { scenesOf } from '../lib/present/scenes';

/** The shapes a legend explains, in its order. */
const SHAPES: readonly Shape[] = [
  'point',
  'soft-point',
  'bar',
  'soft-start',
  'soft-end',
  'soft',
  'open-end',
  'open-start',
];

export class TimelineData {
  #checked: () => Checked | null;

  /** `checked` gives the loaded file's records, or null while there are none. */
  constructor(checked: () => Checked | null) {
    this.#checked = checked;
  }

  current = $derived.by(() => this.#checked());
  events: readonly PlacedEvent[] = $derived(this.current?.events ?? []);
  topics = $derived(this.current?.topics ?? []);
  periods = $derived(this.current?.periods ?? []);
  stops = $derived(this.current?.stops ?? []);
  /** The presenter's scenes: a title card, then the dataset's stops or its events. */
  scenes = $derived(scenesOf(this.stops, this.events));
  topicById = $derived(new Map(this.topics.map((topic) => [topic.id, topic])));
  byId = $derived(new Map(this.events.map((event) => [event.id, event])));
  /** Each event's index in time order, by id. */
  indexById = $derived(new Map(this.events.map((event, i) => [event.id, i])));

  /** Where each event lies and how to find it: one pass over the events. */
  #index = $derived(indexEvents(this.events, parseIsoDay(this.current?.asOf)));
  /** What each event occupies on the axis, sorted by start: what a frame searches. */
  columns = $derived(this.#index.columns);
  /** Each topic's events in time order. */
  byTopic = $derived(this.#index.byTopic);
  /** How far open ends reach: to the data's "as of" day, else its latest. */
  #reach = $derived(this.#index.reach);

  /** From the first event or period to the end of the last; null with neither. */
  span = $derived(
    extentOfRanges([
      ...(this.#index.span ? [this.#index.span] : []),
      ...this.periods.map((period) => this.extentOf(period.when)),
    ]),
  );
  /** The span with a margin: what "show all" shows. */
  domain = $derived(domainOf(this.span));

  /** The shapes and statuses the data draws: what the legend explains, and no more. */
  legend = $derived.by(() => {
    const shapes = new Set(this.events.map((event) => shapeOf(event.when)));
    const statuses = new Set<string>(this.events.map((event) => event.status));
    return {
      shapes: SHAPES.filter((shape) => shapes.has(shape)),
      statuses: STATUSES.filter((status) => statuses.has(status)),
      /** Whether some event shows what a source expected of it beforehand. */
      expected: this.events.some((event) => event.expectedWhen),
    };
  });

  /** A date's [start, end) in ms on this data's axis, open ends reaching as far as they do here. */
  extentOf = (when: EdtfDate): [number, number] => extentOf(when, this.#reach);

  /** Event i's [start, end) in ms. */
  extent = (i: number): readonly [number, number] => {
    const event = this.events[i];
    return event ? this.extentOf(event.when) : [0, 0];
  };

  /** What a source expected of event i beforehand, [start, end) in ms, if it says. */
  expectedExtent = (i: number): readonly [number, number] | null => {
    const when = this.events[i]?.expectedWhen;
    return when ? this.extentOf(when) : null;
  };

  shape = (i: number): Shape => {
    const event = this.events[i];
    return event ? shapeOf(event.when) : 'point';
  };
}
