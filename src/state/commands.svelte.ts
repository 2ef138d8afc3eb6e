/**
 * The one way to change what a timeline shows. The toolbar, the keys, the pointer, the
 * topic panels, the list, the URL's hash, the presenter and an embedding host all call
 * these, so every change is held to the same limits and said the same way. Each command
 * clamps what it is given (an unknown id, a window past the zoom limits, a stop past the
 * last) rather than fail, and tells a screen reader what changed.
 */
import type { Domain } from '../lib/timeline/scale';
import type { Lang } from '../lib/i18n/lang';
import { revealWindow, zoomedWindow } from '../lib/timeline/reveal';
import { formatDays } from '../lib/time/format';
import { MS_PER_DAY } from '../lib/time/days';
import type { Announcer } from './announcer.svelte';
import type { TimelineData } from './data.svelte';
import type { TimelineFrame } from './frame.svelte';
import type { Selection } from './selection.svelte';
import type { TimelineView } from './view.svelte';
import type { Words } from './words.svelte';

/** The least window a keyboard move zooms to, to bring an event out of a "+N". */
const UNGATHER_MS = 30 * MS_PER_DAY;

export interface Parts {
  data: TimelineData;
  view: TimelineView;
  selection: Selection;
  frame: TimelineFrame;
  words: Words;
  announcer: Announcer;
}

interface Quiet {
  /** Whether to tell a screen reader; a view restored from the URL is not news. */
  announce?: boolean;
}
interface Moving extends Quiet {
  /** Glide to the new window (unless the reader asks for reduced motion). */
  animate?: boolean;
}

export class Commands {
  #data: TimelineData;
  #view: TimelineView;
  #selection: Selection;
  #frame: TimelineFrame;
  #words: Words;
  #announcer: Announcer;

  constructor({ data, view, selection, frame, words, announcer }: Parts) {
    this.#data = data;
    this.#view = view;
    this.#selection = selection;
    this.#frame = frame;
    this.#words = words;
    this.#announcer = announcer;
  }

  /**
   * Select an event, or none with null (an unknown id selects none), bring it into view
   * unless `reveal` is false, and say so.
   */
  select(id: string | null, { reveal = true, animate = true, announce = true } = {}): void {
    const event = id === null ? undefined : this.#data.byId.get(id);
    this.#selection.eventId = event ? event.id : null;
    if (!event) return;
    this.#selection.cursorId = event.id;
    if (reveal) {
      const [from, to] = this.#data.extentOf(event.when);
      this.#view.moveTo(revealWindow(this.#view.window, from, to), animate);
      this.#view.showOnScreen?.();
    }
    if (announce) {
      const words = this.#words;
      this.#say(
        words.strings.selected(words.strings.list([words.t(event.title), words.when(event)])),
      );
    }
  }

  /**
   * Put the keyboard on event `index` (time order, held to the events there are), brought
   * into view by the least pan, and out of a "+N" by zooming in; it is not selected.
   * Returns the event's id.
   */
  focus(index: number): string | null {
    const { events } = this.#data;
    const event = events[Math.max(0, Math.min(events.length - 1, Math.round(index)))];
    if (!event) return null;
    this.#selection.cursorId = event.id;
    const [from, to] = this.#data.extentOf(event.when);
    this.#view.moveTo(revealWindow(this.#view.window, from, to));
    const i = this.#data.indexById.get(event.id)!;
    if (!this.#frame.placed.has(i)) {
      const span = Math.max((to - from) * 4, UNGATHER_MS);
      const mid = (from + to) / 2;
      this.#view.moveTo([mid - span / 2, mid + span / 2]);
    }
    return event.id;
  }

  /** The keyboard is on event `id` (its mark took the focus), without moving the view. */
  cursorTo(id: string | null): void {
    if (id === null || this.#data.byId.has(id)) this.#selection.cursorId = id;
  }

  /** Move the keyboard `delta` events on in time order from where it is (the first, if nowhere). */
  step(delta: number): string | null {
    const at = this.#cursor();
    return this.focus(at === null ? 0 : at + delta);
  }

  /** Set the topic filter; unknown ids and repeats are dropped. */
  setTopics(ids: readonly string[], { announce = true }: Quiet = {}): void {
    const known = [...new Set(ids)].filter((id) => this.#data.topicById.has(id));
    this.#selection.topics = known;
    if (announce) this.#sayFilter();
  }

  toggleTopic(id: string, options: Quiet = {}): void {
    const { topics } = this.#selection;
    const next = topics.includes(id) ? topics.filter((t) => t !== id) : [...topics, id];
    this.setTopics(next, options);
  }

  /** Clear the selection and the topic filter. */
  clear(): void {
    const selection = this.#selection;
    // Nothing to clear, nothing to say: a second Esc is not news.
    if (!selection.eventId && !selection.topics.length) return;
    selection.eventId = null;
    selection.topics = [];
    this.#say(this.#words.strings.cleared);
  }

  /** Show the window [from, to] (UTC ms), held to the zoom limits. */
  setWindow(window: Domain, { animate = false, announce = false }: Moving = {}): void {
    this.#view.moveTo(window, animate);
    if (announce) this.#sayWindow(this.#view.legal(window));
  }

  /**
   * Zoom by `factor` (2 halves the window) around `anchor` (ms), the centre by default.
   * The axis shows the new window; it is said only when asked, as a host may.
   */
  zoomBy(factor: number, { anchor, ...options }: Moving & { anchor?: number } = {}): void {
    this.setWindow(zoomedWindow(this.#view.window, factor, anchor), {
      animate: true,
      ...options,
    });
  }

  /** Show all of the data. */
  fit(options: Moving = {}): void {
    this.setWindow(this.#data.domain, { animate: true, ...options });
  }

  /**
   * Go to presenter stop `n` (1-based, held to the stops there are): its topics, its
   * event and its window, or the event brought into view, or all of the data.
   */
  goToStop(n: number, { animate = true, announce = true }: Moving = {}): void {
    const { scenes } = this.#data;
    if (!scenes.length) return;
    const at = Math.max(1, Math.min(scenes.length, Math.round(n) || 1));
    const scene = scenes[at - 1]!;
    this.#selection.stop = at;
    this.setTopics(scene.topics, { announce: false });
    this.select(scene.event, { reveal: !scene.window, animate, announce: false });
    if (scene.window) this.#view.moveTo(scene.window, animate);
    else if (!scene.event) this.#view.moveTo(this.#data.domain, animate);
    if (announce) this.#sayStop(at);
  }

  /**
   * The next stop; past the last one, nothing moves and `onEdge` hears of it, so that
   * a host can move on to its own next slide. Returns whether the view moved.
   */
  next(options: Moving = {}): boolean {
    return this.#stepStop(1, options);
  }

  /** The previous stop; before the first, as `next` past the last. */
  prev(options: Moving = {}): boolean {
    return this.#stepStop(-1, options);
  }

  /** Told when a step goes past the first or the last stop. */
  onEdge: ((direction: 'next' | 'prev') => void) | null = null;

  #stepStop(delta: 1 | -1, options: Moving): boolean {
    const count = this.#data.scenes.length;
    const at = this.#selection.stop;
    const to = at === null ? 1 : at + delta;
    if (to < 1 || to > count) {
      this.onEdge?.(delta > 0 ? 'next' : 'prev');
      return false;
    }
    this.goToStop(to, options);
    return true;
  }

  /** Look for events by a word (the search field); the hits are `app.search.hits`. */
  search(query: string): void {
    this.#selection.query = query;
  }

  /** Speak `lang`: the interface and the data's texts, where the data has them. */
  setLanguage(lang: Lang): Promise<void> {
    return this.#words.use(lang);
  }

  /** Preview an event's links (hover or focus) without selecting it; null ends it. */
  preview(id: string | null): void {
    this.#selection.previewEventId = id;
  }

  /** Preview a topic's events (hover or focus on its panel); null ends it. */
  previewTopic(id: string | null): void {
    this.#selection.previewTopicId = id;
  }

  #cursor(): number | null {
    const id = this.#selection.cursorId ?? this.#selection.eventId;
    return id === null ? null : (this.#data.indexById.get(id) ?? null);
  }

  #say(message: string): void {
    this.#announcer.say(message);
  }

  /** "Stop 3 of 9: …", with the stop's note or the event it shows. */
  #sayStop(at: number): void {
    const scene = this.#data.scenes[at - 1]!;
    const { strings, t } = this.#words;
    const event = scene.event ? this.#data.byId.get(scene.event) : undefined;
    const words = scene.note
      ? t(scene.note)
      : scene.title
        ? t(this.#data.current?.title)
        : event
          ? strings.list([t(event.title), this.#words.when(event)])
          : '';
    this.#say(strings.stopOf(at, this.#data.scenes.length, words));
  }

  #sayFilter(): void {
    const { topics, matching } = this.#selection;
    const { strings, t } = this.#words;
    if (!topics.length) return this.#say(strings.cleared);
    const labels = topics.map((id) => t(this.#data.topicById.get(id)?.label));
    this.#say(strings.filtered(strings.list(labels), matching.length));
  }

  #sayWindow([from, to]: Domain): void {
    const first = Math.floor(from / MS_PER_DAY);
    const last = Math.max(first, Math.ceil(to / MS_PER_DAY) - 1);
    this.#say(this.#words.strings.showing(formatDays(first, last, this.#words.lang)));
  }
}
