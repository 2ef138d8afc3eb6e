import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './timeScale';
import type { Domain } from './scale';

/**
 * d3-zoom speaks in transforms of a base scale (the data's domain on the plot's width);
 * the view is a window of time. These translate one into the other both ways.
 */

/** The visible window under a zoom transform. */
export function windowOf(transform: ZoomTransform, base: TimeScale): [number, number] {
  const [from, to] = transform.rescaleX(base).domain();
  return [+(from ?? NaN), +(to ?? NaN)];
}

/** The transform that shows `window` on `base`. */
export function transformFor(window: readonly [number, number], base: TimeScale): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const x0 = base(window[0]);
  const x1 = base(window[1]);
  const k = (r1 - r0) / (x1 - x0);
  return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}

/**
 * The window a share `t` of the way from `a` to `b`: the centre moves at an even pace
 * and the span changes by an even factor, so a zoom feels the same at every scale and a
 * zoom in only ever narrows the view on its way.
 */
export function betweenWindows(a: Domain, b: Domain, t: number): Domain {
  const centre = (a[0] + a[1]) / 2 + ((b[0] + b[1]) / 2 - (a[0] + a[1]) / 2) * t;
  const span = (a[1] - a[0]) * ((b[1] - b[0]) / (a[1] - a[0])) ** t;
  return [centre - span / 2, centre + span / 2];
}
