/**
 * Keeps the URL hash and the view in step: the view is restored from the hash once the
 * data is ready (and whenever someone edits the hash), and the hash follows the view with
 * `history.replaceState`, so the back button is not flooded.
 */
import { untrack } from 'svelte';
import { parseHash, formatHash, formatWindow, type ViewHash } from '../lib/url/hash';
import type { TimelineApp } from './app.svelte';

/** Browsers limit replaceState to about 100 calls in 10 s; a zoom gesture makes many. */
const WRITE_DELAY_MS = 200;

export function syncHash(app: TimelineApp): void {
  function restore(view: ViewHash, animate: boolean) {
    const known = new Set(app.topics.map((topic) => topic.id));
    app.selection.topics = view.topics.filter((id) => known.has(id));
    app.selection.select(view.event);
    if (view.from !== null && view.to !== null) {
      app.view.request([view.from, view.to], animate);
    } else if (app.selection.selected) {
      const [from, to] = app.extentOf(app.selection.selected.when);
      app.view.request(app.view.dataDomain, false);
      app.view.reveal(from, to, false);
    } else {
      app.view.fit(animate);
    }
  }

  /** The hash for the current view; the window only once it differs from "show all". */
  function current(): string {
    const [from, to] = app.view.window;
    const [d0, d1] = app.view.dataDomain;
    const fitted = formatWindow(from, to).join() === formatWindow(d0, d1).join();
    return formatHash({
      event: app.selection.eventId,
      topics: [...app.selection.topics],
      from: fitted ? null : from,
      to: fitted ? null : to,
      stop: null,
    });
  }

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
