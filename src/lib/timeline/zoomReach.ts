import type { Domain } from './scale';

/**
 * How near a limit counts as at it, relative to the data's span: a window that went
 * through d3-zoom's transform comes back a few milliseconds off the exact limit.
 */
const TOLERANCE = 1e-6;

/** Which zoom buttons would still move the view; a button that would not is unavailable. */
export interface ZoomReach {
  zoomIn: boolean;
  zoomOut: boolean;
  /** The window is not already the fitted one that "Show all" asks for. */
  fit: boolean;
}

/**
 * What the zoom buttons can still do from `window`, judged by the same scale extent
 * [kMin, kMax] that d3-zoom holds the view to (k is the data's span over the window's).
 */
export function zoomReach(
  window: Domain,
  dataDomain: Domain,
  [kMin, kMax]: readonly [number, number],
): ZoomReach {
  const data = dataDomain[1] - dataDomain[0];
  const k = data / (window[1] - window[0]);
  const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * data;
  return {
    zoomIn: k < kMax * (1 - TOLERANCE),
    zoomOut: k > kMin * (1 + TOLERANCE),
    fit: !near(window[0], dataDomain[0]) || !near(window[1], dataDomain[1]),
  };
}
