/**
 * One timeline, put together: its configuration, the file it loads, its data, words,
 * view, selection and frame, and the commands that are the one way to change them.
 * Components receive it through context (state/context.ts).
 */
import type { Config } from '../lib/url/config';
import type { Strings } from '../lib/i18n/strings';
import { estimateWidth, type Measure } from '../lib/timeline/labels/measure';
import { DatasetLoader } from './loader.svelte';
import { TimelineData } from './data.svelte';
import { Words } from './words.svelte';
import { TimelineView } from './view.svelte';
import { Selection } from './selection.svelte';
import { TimelineFrame } from './frame.svelte';
import { Announcer } from './announcer.svelte';
import { Commands } from './commands.svelte';
import { Presenter } from './presenter.svelte';
import { Search } from './search.svelte';

/** Counts timelines on the page, so each one's element ids are its own. */
let instances = 0;

export interface Outside {
  /** How wide a label is drawn (state/measure.ts in a page; the estimate elsewhere). */
  measure?: Measure;
  /** Whether the reader asks for reduced motion. */
  reducedMotion?: () => boolean;
  /** The interface's words in the configured language (lib/i18n loadStrings). */
  strings?: Strings;
}

export class TimelineApp {
  readonly config: Config;
  /** Prefix for element ids (headings, masks): a page may hold two timelines. */
  readonly uid = `timeline-${++instances}`;
  /** The events file as a reader would name it: the ?data= address or the default's. */
  readonly fileName: string;
  readonly loader = new DatasetLoader();
  readonly announcer = new Announcer();
  readonly data: TimelineData;
  readonly words: Words;
  readonly view: TimelineView;
  readonly selection: Selection;
  readonly frame: TimelineFrame;
  readonly commands: Commands;
  readonly presenter: Presenter;
  readonly search: Search;

  constructor(config: Config, { measure = estimateWidth, reducedMotion, strings }: Outside = {}) {
    this.config = config;
    this.fileName = config.data ?? 'events.json';
    const checked = () => this.loader.result?.data ?? null;
    this.data = new TimelineData(checked);
    this.words = new Words(config.lang, checked, strings);
    this.view = new TimelineView(
      () => this.data.domain,
      reducedMotion,
      () => this.data.span,
    );
    this.selection = new Selection(() => this.data.events);
    const first = () =>
      [this.selection.eventId, this.selection.cursorId].flatMap((id) => {
        const index = id === null ? undefined : this.data.indexById.get(id);
        return index === undefined ? [] : [index];
      });
    this.frame = new TimelineFrame(this.data, this.view, this.words, measure, first);
    this.commands = new Commands(this);
    this.presenter = new Presenter(config);
    this.search = new Search(this.data, this.selection);
  }

  /** The dataset behind the page's header: none on an error page, which the error titles. */
  shown = $derived.by(() => (this.loader.status === 'error' ? null : this.data.current));
}
