/**
 * What the timeline draws in its current window: the marks in their lanes, the "+N"
 * aggregates of what had no room, or the density of far too many events. Every label
 * decision asks one measure, so the room the lanes keep is the room the label takes.
 */
import { layoutFrame, type FrameOptions, type LabelInputs } from '../lib/timeline/frame';
import { makeScale } from '../lib/timeline/scale';
import { labelAnchor } from '../lib/timeline/labels/place';
import type { Measure } from '../lib/timeline/labels/measure';
import type { Lang } from '../lib/i18n/lang';
import type { TimelineData } from './data.svelte';
import type { TimelineView } from './view.svelte';
import type { Words } from './words.svelte';

/** Lanes of marks under the period labels; what does not fit becomes "+N". */
export const FRAME: FrameOptions = {
  lanes: 12,
  densityLimit: 1500,
  markWidth: 12,
  gap: 10,
  binWidth: 40,
};

export class TimelineFrame {
  readonly measure: Measure;
  #data: TimelineData;
  #view: TimelineView;
  #words: Words;
  /**
   * How high the reader's screen is, px (set by the timeline): the lanes it may take grow
   * with it, so a tall screen shows more events one by one before gathering them as "+N".
   */
  screen = $state(800);
  /** Lanes the screen has room for: half its height, less the axis and the periods. */
  maxLanes = $derived(Math.max(3, Math.min(FRAME.lanes, Math.floor((this.screen / 2 - 120) / 40))));

  /** Each event's label width, by the events they were measured for, by language. */
  #widths = new WeakMap<object, Map<Lang, Map<number, number>>>();

  /** The events drawn first when not all can be: the selected one, the keyboard's. */
  #first: () => readonly number[];

  constructor(
    data: TimelineData,
    view: TimelineView,
    words: Words,
    measure: Measure,
    first: () => readonly number[] = () => [],
  ) {
    this.#data = data;
    this.#view = view;
    this.#words = words;
    this.measure = measure;
    this.#first = first;
  }

  /** Event i's label width in regular weight, px: measured when a frame first lays it out. */
  labelWidth = (i: number): number => {
    const events = this.#data.events;
    const lang = this.#words.lang;
    let byLang = this.#widths.get(events);
    if (!byLang) this.#widths.set(events, (byLang = new Map()));
    let widths = byLang.get(lang);
    if (!widths) byLang.set(lang, (widths = new Map()));
    let width = widths.get(i);
    if (width === undefined) {
      width = this.measure(this.#words.event(i).title.text);
      widths.set(i, width);
    }
    return width;
  };

  /** What places a label: the event's own date, the anchor its shape takes, its width. */
  #labels: LabelInputs = {
    extent: (i) => this.#data.extent(i),
    anchor: (i) => labelAnchor(this.#data.shape(i)),
    width: (i) => this.labelWidth(i),
  };

  /** The layout of everything in view: what the height is counted on. */
  #fitted = $derived.by(() =>
    layoutFrame(this.#data.columns, makeScale(this.#data.domain, this.#view.width), this.#labels, {
      ...FRAME,
      lanes: this.maxLanes,
      first: this.#first(),
    }),
  );

  /**
   * Lanes the data needs when all of it is in view, and no more (at least 2, at most what
   * the screen has room for): the height follows the data, and stays put while zooming.
   */
  lanes = $derived.by(() => {
    const fit = this.#fitted;
    if (fit.kind === 'density' || fit.clusters.length) return this.maxLanes;
    return Math.min(this.maxLanes, Math.max(2, ...fit.marks.map((m) => m.lane + 1)));
  });

  /** This window's marks, aggregates or density: recomputed as the window moves. */
  current = $derived.by(() => {
    const [from, to] = this.#view.window;
    const [d0, d1] = this.#data.domain;
    // Showing everything is the layout the lanes were counted on: the same greedy
    // placement, since no lane past the last used one is ever reached.
    if (from === d0 && to === d1) return this.#fitted;
    return layoutFrame(this.#data.columns, this.#view.scale, this.#labels, {
      ...FRAME,
      lanes: this.lanes,
      first: this.#first(),
    });
  });

  /** The events drawn as marks in this window, by index. */
  placed = $derived(
    new Set(this.current.kind === 'marks' ? this.current.marks.map((m) => m.event) : []),
  );
}
