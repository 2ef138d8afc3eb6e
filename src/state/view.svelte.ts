/**
 * The visible window of one timeline, the one store of it: the scale, the zoom limits
 * and what the zoom buttons can still do are derived from it, and d3-zoom follows it
 * (attachments/zoom.svelte.ts). It changes through the commands (commands.svelte.ts).
 */
import { makeScale, type Domain } from '../lib/timeline/scale';
import { clampWindow, scaleExtent } from '../lib/timeline/zoomLimits';
import { zoomReach } from '../lib/timeline/zoomReach';
import { betweenWindows } from '../lib/timeline/zoomWindow';

/** How long a move from one window to another takes, ms. */
const MOVE_MS = 350;

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export class TimelineView {
  /** The plot's width, px. */
  width = $state(960);
  window = $state.raw<Domain>([0, 1]);
  #domain: () => Domain;
  #reducedMotion: () => boolean;
  #span: () => Domain | null;
  #frame: number | null = null;
  /** Set by the view on screen (attachments/onScreen.ts): scrolls the page to it when it is off it. */
  showOnScreen: (() => void) | null = null;

  /**
   * `domain` is the data's padded extent, the base of the zoom; `reducedMotion` says
   * whether moves should jump rather than glide; `span` is what the data covers, which
   * a pan may pass only a little (the padded extent itself, if not given).
   */
  constructor(
    domain: () => Domain,
    reducedMotion: () => boolean = () => true,
    span: () => Domain | null = domain,
  ) {
    this.#domain = domain;
    this.#reducedMotion = reducedMotion;
    this.#span = span;
  }

  dataDomain: Domain = $derived.by(() => this.#domain());
  dataSpan: Domain = $derived.by(() => this.#span() ?? this.dataDomain);
  scale = $derived(makeScale(this.window, this.width));
  /** The zoom factors d3-zoom may reach, relative to the data's domain. */
  extent = $derived(scaleExtent(this.dataDomain, this.dataSpan));
  /** Which zoom buttons would still move the view. */
  reach = $derived(zoomReach(this.window, this.dataDomain, this.extent));

  /** The window `window` would be once held to the zoom and pan limits. */
  legal(window: Domain): Domain {
    return clampWindow(window, this.dataDomain, this.dataSpan);
  }

  /** Move to `window` (held to the limits), gliding there unless `animate` is false. */
  moveTo(window: Domain, animate = false): void {
    this.stop();
    const target = this.legal(window);
    if (!animate || this.#reducedMotion() || typeof requestAnimationFrame !== 'function') {
      this.window = target;
      return;
    }
    const from = this.window;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / MOVE_MS);
      this.window = t < 1 ? betweenWindows(from, target, easeInOut(t)) : target;
      this.#frame = t < 1 ? requestAnimationFrame(step) : null;
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Stop a move on its way: a gesture takes over from wherever it is. */
  stop(): void {
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
    this.#frame = null;
  }
}
