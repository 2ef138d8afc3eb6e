import { MS_PER_DAY } from '../time/days';
import type { Domain } from './scale';

/** Zoomed all the way in, the axis still shows this much time. */
export const DEFAULT_MIN_SPAN = 2 * MS_PER_DAY;
/** Zoomed all the way out, a short dataset still gets a month of context. */
const MIN_MAX_SPAN = 30 * MS_PER_DAY;
/**
 * Zoomed all the way out, the data fills two thirds of the axis. "Show all" already
 * shows every event with a margin; zooming out past it is allowed only so far that a
 * wheel or "−" there still visibly answers and the data sits in a little context, not so
 * far that it shrinks into a strip of empty years (three times the data, as before, left
 * two empty years on each side of this dataset).
 */
const MAX_OUT = 1.5;
/**
 * How far a window may pass the first or the last event, as a share of its own width: a
 * pan stops there, whatever the zoom, so some of the data is always in view. Relative
 * to the window, not to the data: a fixed margin of the data's span would let a window
 * of a week sit weeks past the last event, on an empty canvas.
 */
const PAST = 0.1;

/**
 * The narrowest and widest windows a viewer may reach. Everything is derived from the
 * data, so no one can zoom or pan into empty decades and get lost.
 */
export interface ZoomSpans {
  minSpan: number;
  maxSpan: number;
}

/**
 * `fitted` is the window "Show all" shows (the data with its margin, the base of the
 * zoom) and `data` what it holds: from the first event or period to the end of the last.
 */
export function zoomSpans(
  fitted: Domain,
  data: Domain = fitted,
  minSpanMs = DEFAULT_MIN_SPAN,
): ZoomSpans {
  const widest = Math.max(MAX_OUT * (data[1] - data[0]), fitted[1] - fitted[0]);
  return { minSpan: minSpanMs, maxSpan: Math.max(widest, MIN_MAX_SPAN, minSpanMs) };
}

/**
 * d3-zoom's scaleExtent [kMin, kMax] relative to a base scale over `fitted`. k is a
 * ratio of spans, so it does not depend on the width. The extent always contains 1, so
 * the fitted first view is a legal zoom even for a tiny dataset.
 */
export function scaleExtent(
  fitted: Domain,
  data: Domain = fitted,
  minSpanMs = DEFAULT_MIN_SPAN,
): [number, number] {
  const { minSpan, maxSpan } = zoomSpans(fitted, data, minSpanMs);
  const span = fitted[1] - fitted[0];
  return [Math.min(1, span / maxSpan), Math.max(1, span / minSpan)];
}

/**
 * A window made legal, wherever it came from (a gesture, a key, the URL, a host):
 * reversed ends are swapped, the span is held between the zoom limits around its centre,
 * and the window is slid back until it passes the data's ends by no more than `PAST` of
 * its width. A window too wide for that is centred on the data. Anything non-finite
 * gives the fitted window. Never throws.
 */
export function clampWindow(
  window: readonly [number, number],
  fitted: Domain,
  data: Domain = fitted,
  minSpanMs = DEFAULT_MIN_SPAN,
): [number, number] {
  const [a, b] = window;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [fitted[0], fitted[1]];
  const { minSpan, maxSpan } = zoomSpans(fitted, data, minSpanMs);
  // As in scaleExtent: the fitted window of a dataset shorter than the narrowest is legal.
  const least = Math.min(minSpan, fitted[1] - fitted[0]);
  const span = Math.min(maxSpan, Math.max(least, Math.abs(b - a)));
  const lo = data[0] - PAST * span;
  const hi = data[1] + PAST * span;
  if (hi - lo <= span) {
    const mid = (data[0] + data[1]) / 2;
    return [mid - span / 2, mid + span / 2];
  }
  const from = Math.min(hi - span, Math.max(lo, (a + b) / 2 - span / 2));
  return [from, from + span];
}
