/**
 * The visible window of one timeline. The window (UTC ms) is the single source of truth;
 * the scale is derived from it and the width. Gestures reach it through d3-zoom (see
 * attachments/zoom.ts); buttons, keys, the URL and "bring into view" ask the same zoom
 * behaviour through `request`, so there is one path for every move.
 */
import { makeScale, fitDomain, type Domain } from '../lib/timeline/scale';
import { clampWindow, scaleExtent } from '../lib/timeline/zoomLimits';
import { zoomReach } from '../lib/timeline/zoomReach';
import { MS_PER_DAY } from '../lib/time/days';

export interface WindowRequest {
  window: Domain;
  animate: boolean;
}

/** How far (a share of the window) past an edge a range may reach and still count as in view. */
const EDGE = 0.01;
/** The room (a share of the window) a range brought into view keeps from the edge. */
const MARGIN = 0.08;

export class TimelineView {
  width = $state(960);
  /** The data's extent, padded: the base of the zoom. */
  #domain: () => Domain;
  window = $state.raw<Domain>([0, 1]);
  /** Set by the zoom attachment: how programmatic moves reach d3-zoom. */
  driver: ((request: WindowRequest) => void) | null = null;
  /** Set by the timeline: scrolls the page to it when it is off screen. */
  showOnScreen: (() => void) | null = null;

  constructor(domain: () => Domain) {
    this.#domain = domain;
  }

  dataDomain: Domain = $derived.by(() => this.#domain());
  scale = $derived(makeScale(this.window, this.width));
  extent = $derived(scaleExtent(this.dataDomain));
  /** Which zoom buttons would still move the view. */
  reach = $derived(zoomReach(this.window, this.dataDomain, this.extent));

  /** Move to a window, through the zoom behaviour when one is attached. */
  request(window: Domain, animate = true): void {
    const legal = clampWindow(window, this.dataDomain);
    if (this.driver) this.driver({ window: legal, animate });
    else this.window = legal;
  }

  fit(animate = true): void {
    this.request(this.dataDomain, animate);
  }

  /** Zoom by `factor` around `anchor` (ms; the centre by default), which keeps its place. */
  zoomBy(factor: number, animate = true, anchor?: number): void {
    const [from, to] = this.window;
    const at = anchor !== undefined && anchor >= from && anchor <= to ? anchor : (from + to) / 2;
    this.request([at - (at - from) / factor, at + (to - at) / factor], animate);
  }

  /**
   * Bring [from, to] into view the way a list scrolls an item into view: a range already
   * in view stays where it is; one just past an edge comes in by the least pan that
   * leaves it a margin; one far away is centred, with context on both sides. Only a
   * range wider than the window changes the zoom.
   */
  reveal(from: number, to: number, animate = true): void {
    const [w0, w1] = this.window;
    const span = w1 - w0;
    if (from >= w0 - span * EDGE && to <= w1 + span * EDGE) return;
    const margin = span * MARGIN;
    if (to - from > span - 2 * margin) {
      const wide = (to - from) * 1.25;
      const mid = (from + to) / 2;
      this.request([mid - wide / 2, mid + wide / 2], animate);
    } else if (from > w1 + span || to < w0 - span) {
      const mid = (from + to) / 2;
      this.request([mid - span / 2, mid + span / 2], animate);
    } else {
      const shift = from < w0 + margin ? from - margin - w0 : to + margin - w1;
      this.request([w0 + shift, w1 + shift], animate);
    }
  }
}

/** The padded extent of a set of [first, last] day ranges, in UTC ms. */
export function domainOf(ranges: Iterable<readonly [number, number]>): Domain {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [first, last] of ranges) {
    lo = Math.min(lo, first);
    hi = Math.max(hi, last);
  }
  if (!Number.isFinite(lo)) {
    const today = Math.floor(Date.now() / MS_PER_DAY) * MS_PER_DAY;
    return fitDomain(today - 180 * MS_PER_DAY, today + 180 * MS_PER_DAY);
  }
  return fitDomain(lo, hi + MS_PER_DAY);
}
