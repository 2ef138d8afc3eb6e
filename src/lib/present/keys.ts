/**
 * What a key does in presenter mode. Presentation clickers send PageDown and PageUp
 * (some arrows, B or "."), so every one of them steps; keyboards add Space, Home/End.
 */
export type PresenterAction =
  'next' | 'prev' | 'first' | 'last' | 'blank' | 'fullscreen' | 'escape';

/** What of a key press decides its action. */
export interface Press {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const ACTIONS: Record<string, PresenterAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'prev',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'escape',
};

/** The action of a key press, or null: a key the presenter leaves to others. */
export function presenterAction(press: Press): PresenterAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === ' ' && press.shiftKey) return 'prev';
  return ACTIONS[press.key] ?? null;
}
