/**
 * One timeline: its configuration, data, selection, view and announcements, wired
 * together. Components receive it through context (state/context.ts).
 */
import type { Config, Lang } from '../lib/url/config';
import { STRINGS } from '../lib/i18n/strings';
import { localize, type Localized } from '../lib/data/text';
import type { Text } from '../lib/data/schema';
import type { PlacedEvent } from '../lib/data/semantics';
import { formatEdtf } from '../lib/time/format';
import { MS_PER_DAY } from '../lib/time/days';
import type { EdtfDate } from '../lib/time/edtf';
import { DatasetLoader } from './loader.svelte';
import { Selection } from './selection.svelte';
import { TimelineView, domainOf } from './view.svelte';
import { Announcer } from './announcer.svelte';
import { layoutFrame, toColumns, type FrameOptions } from '../lib/timeline/frame';
import { estimateLabelWidth } from '../lib/timeline/labels';
import { makeScale } from '../lib/timeline/scale';

/** Lanes of marks under the period labels; what does not fit becomes "+N". */
export const FRAME: FrameOptions = {
  lanes: 6,
  densityLimit: 1500,
  markWidth: 12,
  gap: 10,
  binWidth: 40,
};

/** An event's extent on the axis, in UTC ms: from its first day to the end of its last. */
export function extentOf(when: EdtfDate): [number, number] {
  const first = when.first ?? when.last ?? 0;
  const last = when.last ?? when.first ?? 0;
  return [first * MS_PER_DAY, (last + 1) * MS_PER_DAY];
}

export class TimelineApp {
  readonly config: Config;
  lang = $state<Lang>('en');
  readonly loader = new DatasetLoader();
  readonly announcer = new Announcer();

  constructor(config: Config) {
    this.config = config;
    this.lang = config.lang;
  }

  strings = $derived(STRINGS[this.lang]);
  data = $derived(this.loader.result?.data ?? null);
  events: readonly PlacedEvent[] = $derived(this.data?.events ?? []);
  topics = $derived(this.data?.topics ?? []);
  topicById = $derived(new Map(this.topics.map((topic) => [topic.id, topic])));

  /** Each event's [start, end) in ms, in the events' time order. */
  extents = $derived(this.events.map((event) => extentOf(event.when)));

  domain = $derived(
    domainOf([
      ...this.extents,
      ...(this.data?.periods ?? []).map((period) => extentOf(period.when)),
    ]),
  );

  readonly selection = new Selection(() => this.events);
  readonly view = new TimelineView(() => this.domain);

  /** What each event occupies on the axis: what happened, and what a source expected. */
  footprints = $derived(
    this.events.map((event, i): [number, number] => {
      const [from, to] = this.extents[i] ?? [0, 0];
      if (!event.expectedWhen) return [from, to];
      const [e0, e1] = extentOf(event.expectedWhen);
      return [Math.min(from, e0), Math.max(to, e1)];
    }),
  );
  columns = $derived(toColumns(this.footprints));
  labelWidths = $derived(
    Float64Array.from(this.events, (e) => estimateLabelWidth(this.t(e.title))),
  );
  /**
   * Lanes the data needs when all of it is in view (between 3 and FRAME.lanes): the
   * height follows the data, and stays put while zooming.
   */
  lanes = $derived.by(() => {
    const fit = layoutFrame(
      this.columns,
      makeScale(this.domain, this.view.width),
      (i) => this.labelWidths[i] ?? 0,
      FRAME,
    );
    if (fit.kind === 'density' || fit.clusters.length) return FRAME.lanes;
    return Math.min(FRAME.lanes, Math.max(3, ...fit.marks.map((m) => m.lane + 2)));
  });
  /** This frame's marks, aggregates or density: recomputed as the window moves. */
  frame = $derived(
    layoutFrame(this.columns, this.view.scale, (i) => this.labelWidths[i] ?? 0, {
      ...FRAME,
      lanes: this.lanes,
    }),
  );

  /** Text of the data in the current language, with the language it is really in. */
  text = (text: Text | undefined): Localized =>
    localize(text, this.lang, [...(this.data?.languages ?? []), 'en']);

  t = (text: Text | undefined): string => this.text(text).text;

  when = (event: PlacedEvent): string => formatEdtf(event.when, this.lang);

  /** Select an event (or clear with null), bring it into view and say so. */
  selectEvent(id: string | null, options: { reveal?: boolean } = {}): void {
    this.selection.select(id);
    const event = this.selection.selected;
    if (!event) return;
    if (options.reveal !== false) {
      const [from, to] = extentOf(event.when);
      this.view.reveal(from, to);
    }
    this.announcer.say(this.strings.selected(`${this.t(event.title)}, ${this.when(event)}`));
  }

  toggleTopic(id: string): void {
    this.selection.toggleTopic(id);
    this.announceFilter();
  }

  clear(): void {
    this.selection.clear();
    this.announcer.say(this.strings.cleared);
  }

  announceFilter(): void {
    const { topics, matching } = this.selection;
    if (!topics.length) return this.announcer.say(this.strings.cleared);
    const labels = topics.map((id) => this.t(this.topicById.get(id)?.label)).join(', ');
    this.announcer.say(this.strings.filtered(labels, matching.length));
  }
}
