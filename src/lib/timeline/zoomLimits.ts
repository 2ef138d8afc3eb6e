import { MS_PER_DAY } from '../time/days';
import type { Domain } from './scale';

/** Zoomed all the way in, the axis still shows this much time. */
export const DEFAULT_MIN_SPAN = 2 * MS_PER_DAY;
/** Zoomed all the way out, a short dataset still gets a month of context. */
const MIN_MAX_SPAN = 30 * MS_PER_DAY;
/** Zoomed all the way out, the data fills at least a third of the axis. */
const MAX_OUT_FACTOR = 3;

/**
 * The narrowest and widest windows a viewer may reach, and the outer window that
 * panning stays inside. Everything is derived from `dataDomain` (the domain the base
 * scale was fitted to), so no one can zoom or pan into empty decades and get lost.
 */
export interface ZoomSpans {
  minSpan: number;
  maxSpan: number;
  outer: [number, number];
}

export function zoomSpans(dataDomain: Domain, minSpanMs = DEFAULT_MIN_SPAN): ZoomSpans {
  const [d0, d1] = dataDomain;
  const maxSpan = Math.max(MAX_OUT_FACTOR * (d1 - d0), MIN_MAX_SPAN, minSpanMs);
  const mid = (d0 + d1) / 2;
  return { minSpan: minSpanMs, maxSpan, outer: [mid - maxSpan / 2, mid + maxSpan / 2] };
}

/**
 * d3-zoom's scaleExtent [kMin, kMax] relative to a base scale over `dataDomain`.
 * k is a ratio of spans, so it does not depend on the width. The extent always
 * contains 1, so the fitted first view is a legal zoom even for a tiny dataset.
 */
export function scaleExtent(dataDomain: Domain, minSpanMs = DEFAULT_MIN_SPAN): [number, number] {
  const { minSpan, maxSpan } = zoomSpans(dataDomain, minSpanMs);
  const span = dataDomain[1] - dataDomain[0];
  return [Math.min(1, span / maxSpan), Math.max(1, span / minSpan)];
}

/**
 * d3-zoom's translateExtent in base-scale pixels (the base scale maps `dataDomain`
 * to [0, width]). Vertically unbounded: the timeline only pans sideways.
 */
export function translateExtent(
  dataDomain: Domain,
  width: number,
): [[number, number], [number, number]] {
  const [d0, d1] = dataDomain;
  const { outer } = zoomSpans(dataDomain);
  const px = (t: number) => ((t - d0) / (d1 - d0)) * width;
  return [
    [px(outer[0]), -Infinity],
    [px(outer[1]), Infinity],
  ];
}

/**
 * A window that came from outside (the URL, a saved view) made legal: reversed ends
 * are swapped, the span is held between the zoom limits around its centre, and the
 * window is slid inside the outer window. Anything non-finite gives the data domain.
 * Never throws.
 */
export function clampWindow(
  window: readonly [number, number],
  dataDomain: Domain,
  minSpanMs = DEFAULT_MIN_SPAN,
): [number, number] {
  const [a, b] = window;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [dataDomain[0], dataDomain[1]];
  const { minSpan, maxSpan, outer } = zoomSpans(dataDomain, minSpanMs);
  const span = Math.min(maxSpan, Math.max(minSpan, Math.abs(b - a)));
  const mid = (a + b) / 2;
  const from = Math.min(outer[1] - span, Math.max(outer[0], mid - span / 2));
  return [from, from + span];
}
