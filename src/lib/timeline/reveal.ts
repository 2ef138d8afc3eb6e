/**
 * Where the window goes to bring a range into view, the way a list scrolls an item into
 * view: a range already in view stays where it is; one just past an edge comes in by the
 * least pan that leaves it a margin; one far away is centred, with context on both
 * sides. Only a range wider than the window changes the zoom.
 */
import type { Domain } from './scale';

/** How far (a share of the window) past an edge a range may reach and still count as in view. */
const EDGE = 0.01;
/** The room (a share of the window) a range brought into view keeps from the edge. */
const MARGIN = 0.08;

export function revealWindow(window: Domain, from: number, to: number): Domain {
  const [w0, w1] = window;
  const span = w1 - w0;
  if (from >= w0 - span * EDGE && to <= w1 + span * EDGE) return window;
  const margin = span * MARGIN;
  const mid = (from + to) / 2;
  if (to - from > span - 2 * margin) {
    const wide = (to - from) * 1.25;
    return [mid - wide / 2, mid + wide / 2];
  }
  if (from > w1 + span || to < w0 - span) return [mid - span / 2, mid + span / 2];
  const shift = from < w0 + margin ? from - margin - w0 : to + margin - w1;
  return [w0 + shift, w1 + shift];
}

/** The window `factor` times narrower around `anchor`, which keeps its place on screen. */
export function zoomedWindow(window: Domain, factor: number, anchor?: number): Domain {
  const [from, to] = window;
  const at = anchor !== undefined && anchor >= from && anchor <= to ? anchor : (from + to) / 2;
  return [at - (at - from) / factor, at + (to - at) / factor];
}

/** The window moved by `share` of its width, towards later dates when positive; its span kept. */
export function pannedWindow(window: Domain, share: number): Domain {
  const shift = (window[1] - window[0]) * share;
  return [window[0] + shift, window[1] + shift];
}
