/**
 * One timeline's state, shared with its components through Svelte context rather than a
 * module singleton, so that a page can hold two timelines.
 */
import { getContext, setContext } from 'svelte';
import type { TimelineApp } from './app.svelte';

const KEY = Symbol('timeline');

export function provideApp(app: TimelineApp): TimelineApp {
  return setContext(KEY, app);
}

/** The context to mount a view of `app` with from outside a component (an export's sheet). */
export function appContext(app: TimelineApp): Map<symbol, TimelineApp> {
  return new Map([[KEY, app]]);
}

export function useApp(): TimelineApp {
  const app = getContext<TimelineApp | undefined>(KEY);
  if (!app) throw new Error('useApp() must be called inside <App>.');
  return app;
}
