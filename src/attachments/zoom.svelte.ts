/**
 * Hands the timeline's <svg> to d3-zoom. d3-zoom with d3-selection and d3-transition is
 * about 17 KB gzipped, a third of the first-load budget, and the first view does not
 * need it: the chunk is fetched as soon as the timeline mounts, in parallel with the
 * data, and gestures work from the moment it arrives. Until then the buttons and keys
 * move the view directly (TimelineView.request without a driver).
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '../state/view.svelte';

let behaviour: Promise<typeof import('./zoomBehaviour.svelte')> | null = null;

/** Starts fetching the zoom chunk; called early so it arrives with the data. */
export function preloadZoom() {
  behaviour ??= import('./zoomBehaviour.svelte');
  return behaviour;
}

export function zoomable(
  view: TimelineView,
  reducedMotion: () => boolean,
): Attachment<SVGSVGElement> {
  return (svg) => {
    let detach: (() => void) | null = null;
    let removed = false;
    preloadZoom()
      .then(({ attachZoom }) => {
        if (!removed) detach = attachZoom(svg, view, reducedMotion);
      })
      .catch((error: unknown) => {
        // Without gestures the buttons and keys still work; say why in the console.
        console.warn('Zoom gestures are unavailable:', error);
      })
      .finally(() => {
        if (!removed) view.interactive = true;
      });
    return () => {
      removed = true;
      detach?.();
    };
  };
}
