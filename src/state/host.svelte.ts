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

/** After how long a still view is said again; a glide changes it every frame. */
const STATE_DELAY_MS = 60;

/** Starts listening to the host; returns what stops it. Call only inside a frame. */
export function connectHost(app: TimelineApp): () => void {
  const { commands, data, view, selection, presenter } = app;
  const origin = app.config.parentOrigin;
  const post = (message: Record<string, unknown>) =>
    window.parent.postMessage(message, origin ?? '*');

  function state() {
    const [from, to] = formatWindow(...view.window);
    return {
      event: selection.eventId,
      topics: [...selection.topics],
      from,
      to,
      stop: selection.stop,
      stops: data.scenes.length,
    };
  }

  const run: { [K in HostCommand['command']]: (c: Extract<HostCommand, { command: K }>) => void } =
    {
      next: () => commands.next(),
      prev: () => commands.prev(),
      goToStop: ({ stop }) => commands.goToStop(stop),
      select: ({ event }) => commands.select(event),
      setTopics: ({ topics }) => commands.setTopics(topics),
      setWindow: ({ from, to }) => commands.setWindow([from, to], { animate: true }),
      getState: () => post({ type: 'timeline:state', ...state() }),
      // Exporting is not built yet: the host hears nothing, as for any unknown command.
      export: () => undefined,
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
  commands.onEdge = (direction) => post({ type: 'timeline:edge', direction });

  // The content's height, for a host that sizes its frame to it.
  const resize = new ResizeObserver(() =>
    post({ type: 'timeline:resize', height: document.documentElement.scrollHeight }),
  );
  resize.observe(document.body);

  const stopEffects = $effect.root(() => {
    let ready = false;
    $effect(() => {
      if (app.loader.status !== 'ready') return;
      const now = state();
      if (!ready) {
        ready = true;
        post({ type: 'timeline:ready', ...now });
      }
      const timer = setTimeout(() => post({ type: 'timeline:state', ...now }), STATE_DELAY_MS);
      return () => clearTimeout(timer);
    });
  });

  return () => {
    removeEventListener('message', onMessage);
    commands.onEdge = null;
    resize.disconnect();
    stopEffects();
  };
}
