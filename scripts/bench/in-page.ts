/**
 * The code the benchmark runs inside the page, as opposed to the Node code that drives
 * it. Timing has to be taken in the page: a round trip to Node per frame would cost
 * more than the frames we measure. Everything here is serialised into the browser
 * (a string for the init script, Function#toString for Playwright's evaluate), so it
 * may not use imports or anything else from this module's scope; only its types are
 * shared with the Node side.
 */
import type { LongTask } from './stats.ts';

/** What the init script keeps on `window.__bench` for the Node side to read. */
export interface PageProbe {
  readyAt: number | null;
  state: string | null;
  longTasks: LongTask[];
}

/**
 * Installed before any page script, so it sees the load's long tasks and the first
 * `data-state` change. A MutationObserver, not polling from Node, makes `readyAt` the
 * moment <html data-state="ready"> appeared rather than the moment we next looked.
 */
export const INIT_SCRIPT = `(() => {
  // tsx keeps function names with a __name() helper, which the functions this script
  // passes to page.evaluate() carry into the page.
  window.__name ??= (f) => f;
  const B = (window.__bench = { readyAt: null, state: null, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    const state = document.documentElement.getAttribute('data-state');
    if (state === B.state) return;
    B.state = state;
    if (state === 'ready' && B.readyAt === null) B.readyAt = performance.now();
  };
  const watch = () => {
    new MutationObserver(check).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-state'],
    });
    check();
  };
  // Init scripts run before the parser has made <html>: wait for it.
  if (document.documentElement) watch();
  else {
    const early = new MutationObserver(() => {
      if (!document.documentElement) return;
      early.disconnect();
      watch();
    });
    early.observe(document, { childList: true });
  }
})();`;

/** The raw figures of one zoom; the Node side turns the series into statistics. */
export interface ZoomSample {
  /** Which element was zoomed and how big it was, so a wrong target shows in the JSON. */
  target: string;
  steps: number;
  frameMs: number[];
  busyMs: number[];
  /** The wheel handler alone, without the microtasks and rendering it caused. */
  syncMs: number[];
  longTasks: LongTask[];
  /** False if the wheel events never reached the zoom: then the figures mean nothing. */
  windowChanged: boolean;
}

/** 20 wheel steps at the centre of the target, one per animation frame. */
export async function zoomInPage(selector: string): Promise<ZoomSample> {
  const svgs = [...document.querySelectorAll<SVGSVGElement>(selector || 'svg')];
  const area = (el: Element) =>
    el.getBoundingClientRect().width * el.getBoundingClientRect().height;
  const el = selector ? svgs[0] : svgs.sort((a, b) => area(b) - area(a))[0];
  if (!el) throw new Error(`no zoom target ${selector || 'svg'}`);
  const r = el.getBoundingClientRect();
  const wheel = (dir: number) =>
    el.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: 100 * dir,
        deltaMode: 0,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
  // In and back out twice, so the view ends where it started and both directions count.
  const seq: number[] = [];
  for (let k = 0; k < 2; k++) seq.push(-1, -1, -1, -1, -1, 1, 1, 1, 1, 1); // -1 = in
  const frame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
  // Something visible must change while zoomed in: the axis labels, say.
  const look = () => el.textContent ?? '';
  // Two frames first, so the steps do not pay for rendering left over from the load.
  await frame();
  await frame();
  const before = look();
  let during = before;
  const stamps: number[] = [];
  const busy: number[] = [];
  const sync: number[] = [];
  const probe = (window as unknown as { __bench: PageProbe }).__bench;
  const start = performance.now();
  await new Promise<void>((done) => {
    let i = 0;
    const tick = (ts: number) => {
      stamps.push(ts);
      if (i === 5) during = look();
      if (i === seq.length) return done();
      const t0 = performance.now();
      wheel(seq[i++]!);
      const t1 = performance.now();
      sync.push(t1 - t0);
      // A task posted now runs after the microtasks and after this frame's rendering.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => busy.push(performance.now() - t0);
      channel.port2.postMessage(0);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Let the last step's busy task and any long task it started be recorded.
  await frame();
  await new Promise((ok) => setTimeout(ok, 50));
  const end = performance.now();
  return {
    target: `${el.tagName.toLowerCase()} ${Math.round(r.width)}x${Math.round(r.height)}`,
    steps: seq.length,
    frameMs: stamps.slice(1).map((t, i) => t - stamps[i]!),
    busyMs: busy,
    syncMs: sync,
    longTasks: probe.longTasks.filter((t) => t.start >= start && t.start < end),
    windowChanged: during !== before,
  };
}
