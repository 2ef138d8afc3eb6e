/**
 * Hovering or focusing an element that stands for an event previews that event's links
 * (its topic panels, its mark) without selecting it; leaving or blurring ends it.
 */
import type { Attachment } from 'svelte/attachments';
import type { Selection } from '../state/selection.svelte';

export function previewsEvent(selection: Selection, id: string): Attachment<HTMLElement> {
  return (element) => {
    const start = () => (selection.previewEventId = id);
    const end = () => (selection.previewEventId = null);
    const listeners = { pointerenter: start, focus: start, pointerleave: end, blur: end };
    for (const [type, listener] of Object.entries(listeners))
      element.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of Object.entries(listeners))
        element.removeEventListener(type, listener);
    };
  };
}
