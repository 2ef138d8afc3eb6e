/**
 * Hovering or focusing an element that stands for an event previews that event's links
 * (its topic panels, its mark) without selecting it; leaving or blurring ends it.
 */
import type { Attachment } from 'svelte/attachments';
import type { Commands } from '../state/commands.svelte';

export function previewsEvent(commands: Commands, id: string): Attachment<HTMLElement> {
  return (element) => {
    const start = () => commands.preview(id);
    const end = () => commands.preview(null);
    const listeners = { pointerenter: start, focus: start, pointerleave: end, blur: end };
    for (const [type, listener] of Object.entries(listeners))
      element.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of Object.entries(listeners))
        element.removeEventListener(type, listener);
    };
  };
}
