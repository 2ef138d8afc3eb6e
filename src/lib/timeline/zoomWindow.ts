import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './timeScale';

/**
 * The visible window under a zoom transform. The transform is the one source of
 * truth for the view; the window is derived from it, never stored beside it.
 */
export function windowOf(transform: ZoomTransform, base: TimeScale): [number, number] {
  const [from, to] = transform.rescaleX(base).domain();
  return [+(from ?? NaN), +(to ?? NaN)];
}

/**
 * The transform that shows `window` on `base`: how a URL or a "zoom to this" click
 * becomes a zoom, so it can go through d3-zoom like any gesture.
 */
export function transformFor(window: readonly [number, number], base: TimeScale): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(window[0]);
  const x1 = base(window[1]);
  const k = (r1 - r0) / (x1 - x0);
  return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}
