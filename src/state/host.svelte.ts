/**
 * The embed API, for a page that holds the timeline in a frame: commands come in by
 * postMessage (lib/present/messages.ts), and the timeline says when it is ready, where it
 * is after every change of view, how tall its content is, and when a step went past the
 * first or last stop. Only the frame's own parent may script it, and only from
 * `parentOrigin` when the URL names one; anything else is ignored. reveal.js's own
 * `slide:start` and `slide:stop` start and pause the stage.
 */
import { readCommand, type HostCommand } from '../lib/present/messages';
import { formatWindow } from '../lib/url/hash';
import type { TimelineApp } from './app.svelte';

/** Makes the file a host asked for; the caller loads the export code when one is asked. */
export type Exporter = (
  app: TimelineApp,
  options: unknown,
) => Promise<{ name: string; type: string; bytes: ArrayBuffer }>;

/** After how long a still view is said again; a glide changes it every frame. */
const STATE_DELAY_MS = 60;

/**
 * Starts listening to the host; returns what stops it. Call only inside a frame. `exporter`
 * is null where the build cannot export (the single file).
 */
export function connectHost(app: TimelineApp, exporter: Exporter | null): () => void {
  const { commands, data, view, selection, presenter } = app;
  const origin = app.config.parentOrigin;
  const post = (message: Record<string, unknown>, transfer: Transferable[] = []) =>
    window.parent.postMessage(message, { targetOrigin: origin ?? '*', transfer });

  /** Exports as asked, and answers with the file (its bytes moved, not copied) or why not. */
  async function exportFile(options: Record<string, unknown>, id: string | number | null) {
    try {
      if (!exporter) throw new Error('The single-file build cannot export.');
      const file = await exporter(app, options);
      const { name, type, bytes } = file;
      post({ type: 'timeline:export', id, name, mime: type, bytes }, [bytes]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'timeline:export', id, error: message });
    }
  }

  function state() {
    const [from, to] = formatWindow(...view.window);
    return {
      event: selection.eventId,
      topics: [...selection.topics],
      from,
      to,
      stop: selection.stop,
      stops: data.scenes.length,
      layout: selection.layout,
    };
  }

  const run: { [K in HostCommand['command']]: (c: Extract<HostCommand, { command: K }>) => void } =
    {
      next: () => commands.next(),
      prev: () => commands.prev(),
      goToStop: ({ stop, animate }) => commands.goToStop(stop, { animate }),
      select: ({ event }) => commands.select(event),
      setTopics: ({ topics }) => commands.setTopics(topics),
      setWindow: ({ from, to }) => commands.setWindow([from, to], { animate: true }),
      setLayout: ({ layout }) => commands.setLayout(layout),
      getState: () => post({ type: 'timeline:state', ...state() }),
      export: ({ options, id }) => void exportFile(options, id),
    };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    if (origin !== null && event.origin !== origin) return;
    if (event.data === 'slide:start') {
      presenter.paused = false;
      presenter.focus?.();
      return;
    }
    if (event.data === 'slide:stop') {
      presenter.paused = true;
      return;
    }
    const command = readCommand(event.data);
    if (command) (run[command.command] as (c: HostCommand) => void)(command);
  };
  addEventListener('message', onMessage);
  // With the stop, which a deck may be about to unload the frame at.
  commands.onEdge = (direction) => post({ type: 'timeline:edge', direction, ...state() });

  // The content's height, for a host that sizes its frame to it.
  const resize = new ResizeObserver(() =>
    post({ type: 'timeline:resize', height: document.documentElement.scrollHeight }),
  );
  resize.observe(document.body);

  // Ready as the page's own hook says it: once the first view (the stage's, at its
  // first stop) is on screen.
  const root = document.documentElement;
  const isReady = () => root.dataset.state === 'ready';
  const readiness = new MutationObserver(() => {
    if (!isReady()) return;
    readiness.disconnect();
    post({ type: 'timeline:ready', ...state() });
  });
  if (isReady()) post({ type: 'timeline:ready', ...state() });
  else readiness.observe(root, { attributes: true, attributeFilter: ['data-state'] });

  const stopEffects = $effect.root(() => {
    $effect(() => {
      if (app.loader.status !== 'ready') return;
      const now = state();
      const timer = setTimeout(() => post({ type: 'timeline:state', ...now }), STATE_DELAY_MS);
      return () => clearTimeout(timer);
    });
  });

  return () => {
    removeEventListener('message', onMessage);
    commands.onEdge = null;
    resize.disconnect();
    readiness.disconnect();
    stopEffects();
  };
}
