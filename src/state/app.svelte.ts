/**
 * One timeline: its configuration, data, selection, view and announcements, wired
 * together. Components receive it through context (state/context.ts).
 */
import type { Config, Lang } from '../lib/url/config';
import { STRINGS } from '../lib/i18n/strings';
import { localize, type Localized } from '../lib/data/text';
import type { Text } from '../lib/data/schema';
import { STATUSES } from '../lib/data/statuses';
import type { PlacedEvent } from '../lib/data/semantics';
import { formatEdtf } from '../lib/time/format';
import type { EdtfDate } from '../lib/time/edtf';
import { parseIsoDay } from '../lib/time/days';
import { DatasetLoader } from './loader.svelte';
import { Selection } from './selection.svelte';
import { TimelineView, domainOf } from './view.svelte';
import { Announcer } from './announcer.svelte';
import { layoutFrame, type FrameOptions, type LabelInputs } from '../lib/timeline/frame';
import { extentOf, indexEvents, shapeOf } from '../lib/timeline/eventIndex';
import { estimateLabelWidth } from '../lib/timeline/labels';
import { makeScale } from '../lib/timeline/scale';
import { labelAnchor, type Shape } from '../lib/timeline/marks';

/** The shapes a legend explains, in its order. */
const SHAPES: readonly Shape[] = ['point', 'soft-point', 'bar', 'soft', 'open-end', 'open-start'];

/** Lanes of marks under the period labels; what does not fit becomes "+N". */
export const FRAME: FrameOptions = {
  lanes: 6,
  densityLimit: 1500,
  markWidth: 12,
  gap: 10,
  binWidth: 40,
};

/** An event in words, in one language: its title, its date and its accessible name. */
export interface EventWords {
  title: Localized;
  when: string;
  /** "Title, date, status": what a screen reader says for the mark. */
  name: string;
}

/** Counts timelines on the page, so each one's element ids are its own. */
let instances = 0;

export class TimelineApp {
  readonly config: Config;
  /** Prefix for element ids (headings, masks): a page may hold two timelines. */
  readonly uid = `timeline-${++instances}`;
  lang = $state<Lang>('en');
  readonly loader = new DatasetLoader();
  readonly announcer = new Announcer();

  /** The events file as a reader would name it: the ?data= address or the default's. */
  readonly fileName: string;

  constructor(config: Config) {
    this.config = config;
    this.lang = config.lang;
    this.fileName = config.data ?? 'events.json';
  }

  strings = $derived(STRINGS[this.lang]);
  data = $derived(this.loader.result?.data ?? null);
  /** The dataset behind the page's header: none on an error page, which the error titles. */
  shown = $derived(this.loader.status === 'error' ? null : this.data);
  events: readonly PlacedEvent[] = $derived(this.data?.events ?? []);
  topics = $derived(this.data?.topics ?? []);
  topicById = $derived(new Map(this.topics.map((topic) => [topic.id, topic])));
  /** Where each event lies, what it draws, and how to find it: one pass over the events. */
  #index = $derived(indexEvents(this.events, parseIsoDay(this.data?.asOf)));
  /** How far open ends reach: to the data's "as of" day, else its latest (openReach.ts). */
  reach = $derived(this.#index.reach);
  /** Each topic's events in time order. */
  eventsByTopic = $derived(this.#index.byTopic);
  columns = $derived(this.#index.columns);
  /**
   * Each event's index in time order, by id, for selection, keys and pointer events:
   * made when first asked, which a first view of 10,000 events in density never does.
   */
  indexById = $derived(new Map(this.events.map((event, i) => [event.id, i])));

  /** A date's [start, end) in ms on this data's axis, open ends reaching as far as they do here. */
  extentOf = (when: EdtfDate): [number, number] => extentOf(when, this.reach);
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

  domain = $derived(
    domainOf([
      ...(this.#index.span ? [this.#index.span] : []),
      ...(this.data?.periods ?? []).map((period) => this.extentOf(period.when)),
    ]),
  );

  /** The shapes and statuses the data draws: what the legend explains, and no more. */
  legend = $derived.by(() => {
    const shapes = new Set<Shape>();
    const statuses = new Set<string>();
    let expected = false;
    for (const event of this.events) {
      shapes.add(shapeOf(event.when));
      statuses.add(event.status);
      expected ||= !!event.expectedWhen;
    }
    return {
      shapes: SHAPES.filter((shape) => shapes.has(shape)),
      statuses: STATUSES.filter((status) => statuses.has(status)),
      /** Whether some event shows what a source expected of it beforehand. */
      expected,
    };
  });

  readonly selection = new Selection(() => this.events);
  readonly view = new TimelineView(() => this.domain);

  /**
   * Each event's label width in px, estimated when a frame first lays the event out: a
   * file of 10,000 events shows a few hundred labels at most. -1 is "not yet".
   */
  #labelWidths = $derived.by(() => {
    void this.lang;
    return new Float64Array(this.events.length).fill(-1);
  });
  labelWidth = (i: number): number => {
    const widths = this.#labelWidths;
    let width = widths[i] ?? 0;
    if (width < 0) {
      width = estimateLabelWidth(this.t(this.events[i]?.title));
      widths[i] = width;
    }
    return width;
  };
  /** What places a label: the event's own date, the anchor its shape takes, its width. */
  labels: LabelInputs = {
    extent: (i) => this.extent(i),
    anchor: (i) => labelAnchor(this.shape(i)),
    width: (i) => this.labelWidth(i),
  };
  /**
   * Lanes the data needs when all of it is in view (between 3 and FRAME.lanes): the
   * height follows the data, and stays put while zooming.
   */
  #fitFrame = $derived(
    layoutFrame(this.columns, makeScale(this.domain, this.view.width), this.labels, FRAME),
  );
  lanes = $derived.by(() => {
    const fit = this.#fitFrame;
    if (fit.kind === 'density' || fit.clusters.length) return FRAME.lanes;
    return Math.min(FRAME.lanes, Math.max(3, ...fit.marks.map((m) => m.lane + 2)));
  });
  /** This frame's marks, aggregates or density: recomputed as the window moves. */
  frame = $derived.by(() => {
    const [from, to] = this.view.window;
    // Showing everything is the layout the lanes were counted on: the same greedy
    // placement, since no lane past the last used one is ever reached.
    if (from === this.domain[0] && to === this.domain[1]) return this.#fitFrame;
    return layoutFrame(this.columns, this.view.scale, this.labels, {
      ...FRAME,
      lanes: this.lanes,
    });
  });

  /** Languages to fall back on, in order, when a text is not in the current one. */
  #fallbacks = $derived([...(this.data?.languages ?? []), 'en']);

  /** Text of the data in the current language, with the language it is really in. */
  text = (text: Text | undefined): Localized => localize(text, this.lang, this.#fallbacks);

  t = (text: Text | undefined): string => this.text(text).text;

  when = (event: PlacedEvent): string => formatEdtf(event.when, this.lang);

  /**
   * Words for the event at index i, made on first use and kept for this language and
   * data: marks come and go as the view moves, and Intl formatting is not free.
   */
  #words = $derived.by(() => {
    void this.lang;
    void this.events;
    return new Map<number, EventWords>();
  });

  words(i: number): EventWords {
    const cache = this.#words;
    let words = cache.get(i);
    const event = this.events[i];
    if (!words && event) {
      const title = this.text(event.title);
      const when = this.when(event);
      words = {
        title,
        when,
        name: this.strings.list([title.text, when, this.strings.statuses[event.status]]),
      };
      cache.set(i, words);
    }
    return words ?? { title: { text: '', lang: this.lang }, when: '', name: '' };
  }

  /**
   * Select an event (or clear with null), bring it into view and say so. Chosen in a
   * topic panel or the list, far down a phone's page, it is brought into view on a
   * timeline that is itself brought on screen.
   */
  selectEvent(id: string | null, options: { reveal?: boolean } = {}): void {
    this.selection.select(id);
    const event = this.selection.selected;
    if (!event) return;
    if (options.reveal !== false) {
      const [from, to] = this.extentOf(event.when);
      this.view.reveal(from, to);
      this.view.showOnScreen?.();
    }
    this.announcer.say(
      this.strings.selected(this.strings.list([this.t(event.title), this.when(event)])),
    );
  }

  toggleTopic(id: string): void {
    this.selection.toggleTopic(id);
    this.announceFilter();
  }

  clear(): void {
    // Nothing to clear, nothing to say: a second Esc is not news.
    if (!this.selection.eventId && !this.selection.topics.length) return;
    this.selection.clear();
    this.announcer.say(this.strings.cleared);
  }

  announceFilter(): void {
    const { topics, matching } = this.selection;
    if (!topics.length) return this.announcer.say(this.strings.cleared);
    const labels = topics.map((id) => this.t(this.topicById.get(id)?.label));
    this.announcer.say(this.strings.filtered(this.strings.list(labels), matching.length));
  }
}
