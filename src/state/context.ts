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

export function useApp(): TimelineApp {
  const app = getContext<TimelineApp | undefined>(KEY);
  if (!app) throw new Error('useApp() must be called inside <App>.');
  return app;
}
