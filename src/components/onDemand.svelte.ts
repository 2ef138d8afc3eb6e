/**
 * A view fetched when first needed, or sooner, when the page is idle after its first
 * view (within 2 s even on a busy one), so that a first click finds it at hand. A fetch
 * that fails (offline for a moment) is tried again the next time it is asked for.
 */
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props a component takes
export function onDemand<Props extends Record<string, any>>(
  fetch: () => Promise<{ default: Component<Props> }>,
) {
  let view = $state<Component<Props> | null>(null);
  let loading: Promise<void> | null = null;
  const load = () => {
    loading ??= fetch().then(
      (module) => {
        view = module.default;
      },
      () => {
        loading = null;
      },
    );
    return loading;
  };
  return {
    /** The view, once fetched. */
    get current() {
      return view;
    },
    load,
    /** Fetch it when the page is next idle. */
    soon() {
      const later = () => void load();
      if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 2000 });
      else setTimeout(later, 200);
    },
  };
}
