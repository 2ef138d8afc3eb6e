/**
 * Lets a choice made far down the page (a topic panel, the list) bring a view up: when
 * the commands ask, the element scrolls into sight, unless half of it is on screen
 * already, which is enough to see the mark: then the reader is left where they are.
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '../state/view.svelte';

export function showsOnScreen(view: TimelineView): Attachment<HTMLElement> {
  return (section) => {
    const reduce = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
    view.showOnScreen = () => {
      const { top, bottom, height } = section.getBoundingClientRect();
      if (top >= -height / 2 && bottom <= innerHeight + height / 2) return;
      section.scrollIntoView({ block: 'nearest', behavior: reduce() ? 'auto' : 'smooth' });
    };
    return () => {
      view.showOnScreen = null;
    };
  };
}
