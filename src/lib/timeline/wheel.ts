/**
 * What a wheel event does to the timeline: pan it sideways or zoom it, and by how much.
 * Pure, so that one notch, a trackpad's fine steps and a wheel that counts in lines can be
 * held to the same pace in a test. The zoom is d3-zoom's `wheelDelta`: the power of two
 * one wheel event scales the view by.
 */

/** What of a wheel event decides whether it pans or zooms. */
export interface Wheel {
  deltaX: number;
  deltaY: number;
  /** 0 for pixels; lines or pages otherwise (a mouse wheel in Firefox). */
  deltaMode: number;
  shiftKey: boolean;
  ctrlKey: boolean;
}

/** A mouse wheel's notch as Chromium and Safari send it: deltaY 100 pixels. */
const NOTCH_PX = 100;
/**
 * One notch zooms by this factor. The peers' steps (x1.6 a notch, as here before) took
 * six notches from the whole of this dataset to two months, past what a reader was
 * looking for; at x1.23 a notch a reader sees where a zoom is going and can stop there,
 * and four notches still about halve and double the window.
 */
export const NOTCH_ZOOM = 1.23;
/** Firefox sends a mouse wheel's notch as 3 lines: together they count as one notch. */
const LINE_PX = NOTCH_PX / 3;
/** A wheel set to scroll a page at a time (Firefox on Windows): a page is three notches. */
const PAGE_PX = 3 * NOTCH_PX;
/**
 * A trackpad pinch arrives as a wheel with Ctrl and small deltas, many a second: it keeps
 * the pace it had (0.0068 of a power of two a pixel), which follows the fingers.
 */
const PINCH_PER_PX = 0.0068;

/** A wheel's delta in pixels, whatever unit it came in (0 pixels, 1 lines, 2 pages). */
export function wheelPixels(delta: number, deltaMode: number): number {
  return delta * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1);
}

/**
 * The power of two a wheel scales the view by: positive zooms in (the wheel turned away
 * from the reader, deltaY < 0). Proportional to the delta, so a trackpad's many small
 * deltas zoom as smoothly as they come and add up to the same as one notch.
 */
export function wheelZoom(wheel: Pick<Wheel, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const pixels = wheelPixels(wheel.deltaY, wheel.deltaMode);
  const perPixel = wheel.ctrlKey ? PINCH_PER_PX : Math.log2(NOTCH_ZOOM) / NOTCH_PX;
  return -pixels * perPixel;
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
