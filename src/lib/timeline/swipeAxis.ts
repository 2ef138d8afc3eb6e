/** A finger must travel this far (CSS pixels) before its direction is trusted: a tap jitters. */
export const SWIPE_SLOP_PX = 6;

/**
 * The axis a one-finger swipe follows, from how far it has moved since it began: 'y'
 * when it goes more up or down than sideways (the page scrolls), 'x' otherwise (the
 * timeline pans), and null while it is still too short to tell.
 */
export function swipeAxis(dx: number, dy: number, slop = SWIPE_SLOP_PX): 'x' | 'y' | null {
  if (Math.hypot(dx, dy) < slop) return null;
  return Math.abs(dy) > Math.abs(dx) ? 'y' : 'x';
}
