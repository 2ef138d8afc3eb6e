import { wheelPixels } from './wheelZoom';

/** What of a wheel event decides whether it pans or zooms. */
export interface Wheel {
  deltaX: number;
  deltaY: number;
  /** 0 for pixels; lines or pages otherwise (a mouse wheel in Firefox). */
  deltaMode: number;
  shiftKey: boolean;
  ctrlKey: boolean;
}

/**
 * How far a wheel event pans the timeline sideways, in pixels (positive shows later
 * dates), or null when it zooms instead. A sideways swipe on a trackpad pans, as on a
 * map; so does Shift with a wheel, which browsers send as deltaX or as deltaY with
 * shiftKey. Ctrl is a pinch on a trackpad (Chromium sends it as a wheel): it zooms.
 */
export function wheelPan(wheel: Wheel): number | null {
  if (wheel.ctrlKey) return null;
  const { deltaX, deltaY } = wheel;
  const sideways = Math.abs(deltaX) > Math.abs(deltaY);
  if (!sideways && !wheel.shiftKey) return null;
  const delta = sideways ? deltaX : deltaY;
  return wheelPixels(delta, wheel.deltaMode);
}
