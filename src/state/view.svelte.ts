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

export class TimelineView {
  width = $state(960);
  /** The data's extent, padded: the base of the zoom. */
  #domain: () => Domain;
  window = $state.raw<Domain>([0, 1]);
  /** Set by the zoom attachment: how programmatic moves reach d3-zoom. */
  driver: ((request: WindowRequest) => void) | null = null;

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

  /** Pan so that [from, to] is in view, zooming out only if it cannot fit. */
  reveal(from: number, to: number, animate = true): void {
    const [w0, w1] = this.window;
    const margin = (w1 - w0) * 0.08;
    if (from >= w0 + margin && to <= w1 - margin) return;
    const span = Math.max(w1 - w0, (to - from) * 1.25);
    const mid = (from + to) / 2;
    this.request([mid - span / 2, mid + span / 2], animate);
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
