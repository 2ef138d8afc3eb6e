/**
 * The host's side of the embed API, for a page or a deck that holds Partnership Timeline
 * in an <iframe>: send it commands, hear where it is, size the frame to its content, and
 * (for reveal.js) pass a presentation clicker through, so that stepping past the
 * timeline's last stop moves the deck on to its next slide, and back. It ships beside
 * the app as `embed.js`, an ES module with no dependencies:
 *
 *   import { connect, RevealTimeline } from 'https://example.org/timeline/embed.js';
 *   const timeline = connect(document.querySelector('iframe'));
 *   timeline.on('state', (state) => console.log(state.stop));
 *   timeline.next();
 */

/** Where the timeline is, as its URL's hash says it, and its presenter stop. */
export interface TimelineState {
  event: string | null;
  topics: string[];
  /** The visible window, as the hash writes it: `2022-02-28` or `2022-02-28T06:30Z`. */
  from: string;
  to: string;
  /** The presenter stop, 1-based, or null before one was gone to. */
  stop: number | null;
  /** How many stops there are. */
  stops: number;
  /** The timeline, or a lane for each topic (`view=topics` in the hash). */
  layout: 'timeline' | 'topics';
}

export type Direction = 'next' | 'prev';

/** What to export: the `export` command's options. */
export interface ExportOptions {
  format: 'svg' | 'png' | 'pdf' | 'pptx';
  /** The view on screen (the default for pictures), every stop (for documents), or some. */
  stops?: 'view' | 'all' | number[];
  /** Pixels (`'1920x1080'`, `[3840, 2160]`), or `'screen'`: as wide as on screen. */
  size?: 'screen' | string | [number, number] | { width: number; height: number };
}

/** An exported file: several pictures come as one zip. */
export interface ExportedFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

interface Events {
  ready: TimelineState;
  state: TimelineState;
  resize: number;
  edge: Direction;
}

export interface ConnectOptions {
  /** Set the frame's height to the timeline's content (for a page, not a stage). */
  autoSize?: boolean;
}

export interface Timeline {
  next(): void;
  prev(): void;
  /** Go to a stop; `animate: false` jumps there (a frame put back where it was). */
  goToStop(stop: number, options?: { animate?: boolean }): void;
  select(event: string | null): void;
  setTopics(topics: string[]): void;
  /** Show a window: ISO days (`2022-01-01`) or UTC milliseconds. */
  setWindow(from: string | number, to: string | number): void;
  /** Show the timeline or the topic lanes. */
  setLayout(layout: 'timeline' | 'topics'): void;
  /** The state as the timeline says it now. */
  getState(): Promise<TimelineState>;
  /** Export as a file; rejects with the timeline's reason if it cannot. */
  export(options: ExportOptions): Promise<ExportedFile>;
  /** Hear the timeline: when it is ready, after every change of view, its height, an edge. */
  on<K extends keyof Events>(type: K, listener: (value: Events[K]) => void): () => void;
  /** The last state heard, or null before the timeline said one. */
  readonly state: TimelineState | null;
  readonly frame: HTMLIFrameElement;
  disconnect(): void;
}

/** The origin the frame's document comes from: commands are sent there and only there. */
function originOf(frame: HTMLIFrameElement): string {
  const src = frame.getAttribute('src') || frame.getAttribute('data-src') || '';
  return new URL(src, location.href).origin;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function connect(frame: HTMLIFrameElement, options: ConnectOptions = {}): Timeline {
  const listeners: { [K in keyof Events]: Set<(value: Events[K]) => void> } = {
    ready: new Set(),
    state: new Set(),
    resize: new Set(),
    edge: new Set(),
  };
  const emit = <K extends keyof Events>(type: K, value: Events[K]) => {
    for (const listener of listeners[type]) listener(value);
  };
  let state: TimelineState | null = null;
  let exports = 0;
  const exporting = new Map<number, (data: Record<string, unknown>) => void>();

  const onMessage = (event: MessageEvent) => {
    // Only the frame's own window, from the origin it was loaded from.
    if (event.source !== frame.contentWindow || event.origin !== originOf(frame)) return;
    const data: unknown = event.data;
    if (!isRecord(data) || typeof data.type !== 'string') return;
    const { type, ...fields } = data;
    if (type === 'timeline:ready' || type === 'timeline:state') {
      state = fields as unknown as TimelineState;
      emit(type === 'timeline:ready' ? 'ready' : 'state', state);
    } else if (type === 'timeline:resize' && typeof data.height === 'number') {
      if (options.autoSize) frame.style.height = `${Math.ceil(data.height)}px`;
      emit('resize', data.height);
    } else if (type === 'timeline:export' && typeof data.id === 'number') {
      exporting.get(data.id)?.(data);
      exporting.delete(data.id);
    } else if (
      type === 'timeline:edge' &&
      (data.direction === 'next' || data.direction === 'prev')
    ) {
      // With the state the step left, at the first or last stop.
      const { direction, ...at } = fields;
      if (typeof at.stop === 'number') state = at as unknown as TimelineState;
      emit('edge', direction as Direction);
    }
  };
  addEventListener('message', onMessage);

  const send = (command: string, fields: Record<string, unknown> = {}) =>
    frame.contentWindow?.postMessage(
      { type: 'timeline:command', command, ...fields },
      originOf(frame),
    );

  return {
    next: () => send('next'),
    prev: () => send('prev'),
    goToStop: (stop, { animate = true } = {}) => send('goToStop', { stop, animate }),
    select: (event) => send('select', { event }),
    setTopics: (topics) => send('setTopics', { topics }),
    setWindow: (from, to) => send('setWindow', { from, to }),
    setLayout: (layout) => send('setLayout', { layout }),
    getState() {
      return new Promise((resolve) => {
        const off = this.on('state', (value) => {
          off();
          resolve(value);
        });
        send('getState');
      });
    },
    export(options) {
      const id = ++exports;
      return new Promise((resolve, reject) => {
        exporting.set(id, (data) => {
          if (data.bytes instanceof ArrayBuffer)
            resolve({ name: String(data.name), type: String(data.mime), bytes: data.bytes });
          else reject(new Error(String(data.error ?? 'The timeline could not export.')));
        });
        send('export', { options, id });
      });
    },
    on(type, listener) {
      listeners[type].add(listener);
      return () => listeners[type].delete(listener);
    },
    get state() {
      return state;
    },
    frame,
    disconnect: () => removeEventListener('message', onMessage),
  };
}

/** What the plugin uses of a reveal.js deck (reveal.js 4 and later). */
export interface Deck {
  getRevealElement(): HTMLElement | null;
  getCurrentSlide(): HTMLElement | undefined;
  next(): void;
  prev(): void;
  configure(options: Record<string, unknown>): void;
  on(type: string, listener: (event: { currentSlide?: HTMLElement }) => void): void;
}

export interface RevealTimelineOptions {
  /** Which frames hold a timeline: `iframe[data-timeline]` by default. */
  selector?: string;
}

/**
 * A reveal.js plugin: `Reveal.initialize({ plugins: [RevealTimeline()] })`. When a slide
 * with a timeline frame is shown, the frame takes the keyboard, so a clicker's keys step
 * through its stops; past the last stop the deck moves on (and before the first, back),
 * and the keys are the deck's again. A frame reveal.js unloads comes back at its stop.
 */
export interface RevealPlugin {
  id: string;
  init(deck: Deck): void;
}

export function RevealTimeline({
  selector = 'iframe[data-timeline]',
}: RevealTimelineOptions = {}): RevealPlugin {
  return {
    id: 'timeline',
    init(deck: Deck) {
      // reveal.js blurs a frame that takes the focus as it loads; here it must take it.
      deck.configure({ preventIframeAutoFocus: false });
      const frames = new Map<HTMLIFrameElement, Timeline>();
      const current = () => deck.getCurrentSlide()?.querySelector<HTMLIFrameElement>(selector);

      const hand = (frame: HTMLIFrameElement) => {
        const timeline = connect(frame);
        timeline.on('edge', (direction) => {
          if (frame !== current()) return;
          left = timeline.state?.stop ?? null;
          // The deck's keys again: its own handler listens on this document.
          frame.blur();
          if (direction === 'next') deck.next();
          else deck.prev();
        });
        // A frame loaded from data-src is unloaded when its slide is left: when it comes
        // back, it comes back at its stop.
        // reveal.js unloads the frame of a slide it leaves (a frame given by data-src), so
        // the timeline comes back at its first stop: it is sent back to where it was left.
        let left: number | null = null;
        timeline.on('state', ({ stop }) => {
          if (stop !== null) left = stop;
        });
        timeline.on('ready', ({ stop }) => {
          if (left !== null && stop !== left) timeline.goToStop(left, { animate: false });
          if (frame === current()) frame.focus();
        });
        frames.set(frame, timeline);
      };
      for (const frame of deck.getRevealElement()?.querySelectorAll<HTMLIFrameElement>(selector) ??
        []) {
        hand(frame);
      }

      const show = () => {
        const frame = current();
        if (frame) frame.focus();
      };
      deck.on('ready', show);
      deck.on('slidechanged', show);
    },
  };
}
