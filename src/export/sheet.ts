/**
 * Draws pictures for an export off-screen: a second timeline over the same checked data
 * (so the one on screen never moves), in a fixed-size box out of view, laid out and
 * measured in the export's font at the size asked for, then put at each stop (or at the
 * view on screen) and composed into one SVG each time.
 */
import { flushSync, mount, unmount, tick } from 'svelte';
import { TimelineApp } from '../state/app.svelte';
import { appContext } from '../state/context';
import { canvasMeasure } from '../state/measure';
import { formatDays } from '../lib/time/format';
import { MS_PER_DAY } from '../lib/time/days';
import { loadFonts, PAGE_FAMILY } from './fonts';
import { compose, type Composed } from './compose';
import ExportSheet from './ExportSheet.svelte';

export interface Layout {
  /** Pixels; a null height: as high as the timeline needs. */
  width: number;
  height: number | null;
  scale: number;
}

/** A stage's scale at a size (Stage.svelte's): 24 px labels on a 1080p picture. */
export function stageScale(width: number, height: number, scale = 1): number {
  return Math.max(0.55, Math.min(width / 980, height / 550)) * scale;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** What the off-screen timeline may show, so the slices it needs are loaded first. */
function textOf(app: TimelineApp): string {
  const { words, data } = app;
  const texts = [
    '0123456789 ,.:;–—-…+/()[]年月日春夏秋冬期上下半第四季',
    ...data.events.map((e) => words.t(e.title)),
    ...data.periods.map((p) => words.t(p.label)),
    ...data.topics.map((t) => words.t(t.label)),
    words.t(data.current?.title),
    ...(data.current?.sources ?? []).map((s) => words.t(s.publisher)),
    JSON.stringify(words.strings),
  ];
  return texts.join('');
}

export class Sheet {
  readonly app: TimelineApp;
  #host: HTMLElement;
  #component: ReturnType<typeof mount>;
  #source: TimelineApp;

  private constructor(
    source: TimelineApp,
    app: TimelineApp,
    host: HTMLElement,
    c: ReturnType<typeof mount>,
  ) {
    this.#source = source;
    this.app = app;
    this.#host = host;
    this.#component = c;
  }

  static async open(source: TimelineApp, layout: Layout): Promise<Sheet> {
    await loadFonts(textOf(source));
    // As on screen, the screen's measure: the same lanes and cut labels, mark for mark.
    // At another size the picture is laid out anew, in the font it is drawn in.
    const onScreen = layout.height === null && layout.scale === 1;
    const app = new TimelineApp(
      { ...source.config, embed: true, present: false },
      {
        measure: onScreen ? source.frame.measure : canvasMeasure(`"${PAGE_FAMILY}"`),
        reducedMotion: () => true,
      },
    );
    app.words.lang = source.words.lang;
    app.loader.result = source.loader.result;
    app.loader.status = 'ready';
    const host = document.createElement('div');
    host.className = 'export-host';
    host.inert = true;
    host.setAttribute('aria-hidden', 'true');
    document.body.append(host);
    const component = mount(ExportSheet, {
      target: host,
      props: { width: layout.width, height: layout.height, scale: layout.scale },
      context: appContext(app),
    });
    const sheet = new Sheet(source, app, host, component);
    // The timeline learns its width from a ResizeObserver: wait until it has.
    const wanted = layout.width / layout.scale;
    for (let i = 0; i < 120 && Math.abs(app.view.width - wanted) > 1; i++) await frame();
    return sheet;
  }

  /** Show stop `n` (1-based), or with null the view on screen. */
  async show(stop: number | null): Promise<void> {
    const { commands } = this.app;
    const quiet = { animate: false, announce: false };
    if (stop === null) {
      const { selection, view } = this.#source;
      this.app.selection.stop = null;
      commands.setTopics(selection.topics, quiet);
      commands.select(selection.eventId, { reveal: false, ...quiet });
      commands.setWindow(view.window, quiet);
    } else {
      commands.goToStop(stop, quiet);
    }
    flushSync();
    await tick();
    await frame();
    await frame();
  }

  /** The sheet as it stands, as one standalone SVG (fonts not yet inside). */
  compose(): Composed {
    const { words, data, view } = this.app;
    const [from, to] = view.window;
    const first = Math.floor(from / MS_PER_DAY);
    const last = Math.max(first, Math.ceil(to / MS_PER_DAY) - 1);
    const sheet = this.#host.querySelector<HTMLElement>('[data-export-sheet]')!;
    return compose(sheet, {
      title: words.t(data.current?.title),
      description: formatDays(first, last, words.lang),
      lang: words.lang,
    });
  }

  close(): void {
    void unmount(this.#component);
    this.#host.remove();
  }
}
