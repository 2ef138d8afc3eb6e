/**
 * Hands the timeline's <svg> to d3-zoom, on demand. d3-zoom with d3-selection and
 * d3-transition is about 17 KB gzipped, a third of the first-load budget, and a reader
 * who only clicks events and reads never needs it. So the chunk is fetched at the first
 * sign of a gesture (the pointer entering the timeline, a touch, a wheel, a press, the
 * keyboard focus), and the gesture that started it is replayed once it is attached.
 * Until then the buttons and keys move the view directly (TimelineView.request).
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '../state/view.svelte';

type Behaviour = typeof import('./zoomBehaviour.svelte');
let behaviour: Promise<Behaviour> | null = null;

function loadZoom(): Promise<Behaviour> {
  behaviour ??= import('./zoomBehaviour.svelte');
  return behaviour;
}

const INTENT = ['pointerenter', 'focusin', 'wheel', 'mousedown', 'touchstart'] as const;
/** A press that ended before d3-zoom arrived was a click, not the start of a drag. */
const RELEASE = ['mouseup', 'touchend', 'touchcancel'] as const;
/** Gestures worth replaying once d3-zoom listens; the rest only start the download. */
const REPLAY = new Set(['wheel', 'mousedown', 'touchstart']);

/** The same event again, for the listeners that were not there the first time. */
function replay(event: Event): void {
  const Kind = event.constructor as new (type: string, init: Event) => Event;
  try {
    (event.target ?? event.currentTarget)?.dispatchEvent(new Kind(event.type, event));
  } catch {
    // A gesture that cannot be rebuilt (an exotic touch list) is simply not replayed.
  }
}

export function zoomable(
  view: TimelineView,
  reducedMotion: () => boolean,
): Attachment<SVGSVGElement> {
  return (svg) => {
    let detach: (() => void) | null = null;
    let removed = false;
    let pending: Event | null = null;

    const onIntent = (event: Event) => {
      if (REPLAY.has(event.type)) {
        // The wheel would scroll the page meanwhile; it zooms once d3-zoom is here.
        if (event.type === 'wheel') event.preventDefault();
        // Listen for the release only while a press waits to be replayed.
        else for (const type of RELEASE) addEventListener(type, onRelease, true);
        pending = event;
      }
      loadZoom()
        .then(({ attachZoom }) => {
          if (removed || detach) return;
          stopListening();
          detach = attachZoom(svg, view, reducedMotion);
          if (pending) replay(pending);
          pending = null;
        })
        .catch((error: unknown) => {
          // Without gestures the buttons and keys still work; say why in the console.
          console.warn('Zoom gestures are unavailable:', error);
        });
    };
    const onRelease = () => {
      if (pending?.type !== 'wheel') pending = null;
    };
    const stopListening = () => {
      for (const type of INTENT) svg.removeEventListener(type, onIntent);
      for (const type of RELEASE) removeEventListener(type, onRelease, true);
    };
    for (const type of INTENT) svg.addEventListener(type, onIntent, { passive: false });

    return () => {
      removed = true;
      stopListening();
      detach?.();
    };
  };
}
