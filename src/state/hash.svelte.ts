/**
 * Keeps the URL hash and the view in step: the view is restored from the hash once the
 * data is ready (and whenever someone edits the hash), through the commands, and the
 * hash follows the view with `history.replaceState`, so the back button is not flooded.
 */
import { untrack } from 'svelte';
import { parseHash, formatHash, formatWindow, type ViewHash } from '../lib/url/hash';
import type { TimelineApp } from './app.svelte';

/** Browsers limit replaceState to about 100 calls in 10 s; a zoom gesture makes many. */
const WRITE_DELAY_MS = 200;

export function syncHash(app: TimelineApp): void {
  const { commands } = app;

  function restore(hash: ViewHash, animate: boolean) {
    const quiet = { announce: false, animate };
    commands.search(hash.query);
    if (hash.stop !== null) return commands.goToStop(hash.stop, quiet);
    commands.setTopics(hash.topics, quiet);
    if (hash.from !== null && hash.to !== null) {
      commands.select(hash.event, { ...quiet, reveal: false });
      commands.setWindow([hash.from, hash.to], quiet);
    } else {
      commands.fit({ announce: false, animate: animate && !hash.event });
      commands.select(hash.event, { ...quiet, animate: false });
    }
  }

  const current = () => hashOf(app);

  let restored = false;
  // Before the DOM updates, so the first view is drawn in the restored window, not
  // drawn once in the empty one and again.
  $effect.pre(() => {
    if (app.loader.status !== 'ready' || restored) return;
    restored = true;
    untrack(() => restore(parseHash(location.hash), false));
  });

  $effect(() => {
    const onHashChange = () => {
      if (location.hash !== untrack(current)) restore(parseHash(location.hash), true);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  });

  $effect(() => {
    if (app.loader.status !== 'ready') return;
    const hash = current();
    const timer = setTimeout(() => {
      if (hash === location.hash || (hash === '' && location.hash === '')) return;
      const url = new URL(location.href);
      url.hash = hash;
      history.replaceState(history.state, '', url);
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  });
}

/** The hash for the view shown now; the window only once it differs from "show all". */
export function hashOf(app: TimelineApp, { window = true } = {}): string {
  const { data, view, selection } = app;
  const [from, to] = view.window;
  const [d0, d1] = data.domain;
  const fitted = !window || formatWindow(from, to).join() === formatWindow(d0, d1).join();
  return formatHash({
    event: selection.eventId,
    topics: [...selection.topics],
    from: fitted ? null : from,
    to: fitted ? null : to,
    stop: selection.stop,
    query: selection.query,
  });
}
