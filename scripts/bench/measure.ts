/**
 * One measured page load: a fresh browser context (no cache, no state carried over
 * from the previous run), the app opened on a data file, then the figures read once the
 * app says it is ready, and optionally the zoom. The in-page parts live in in-page.ts;
 * this module sequences them and adds what only the DevTools protocol can see (DOM
 * nodes, the JS heap after a forced GC).
 */
import type { Browser, CDPSession } from 'playwright-core';
import { INIT_SCRIPT, zoomInPage, type PageProbe, type ZoomSample } from './in-page.ts';
import { startCpuProfile } from './profile.ts';
import type { Served } from './server.ts';
import { stats, summariseLongTasks, type LongTaskSummary, type Stats } from './stats.ts';

/** A laptop-sized window, fixed so runs on different machines draw the same timeline. */
export const VIEWPORT = { width: 1280, height: 720 };

export type ZoomResult = Omit<ZoomSample, 'longTasks'> & {
  longTasks: LongTaskSummary;
  frame: Stats;
  busy: Stats;
};

/**
 * Where a load's time went, from the app's User Timing marks (ms since navigation):
 * its code running, the events file in hand, the file checked, the first view drawn.
 */
export interface Phases {
  start: number;
  data: number;
  checked: number;
  ready: number;
}

export interface Run {
  readyMs: number;
  phases: Phases;
  domNodes: number;
  heapMB: number;
  heapAfterGcMB: number;
  loadLongTasks: LongTaskSummary;
  zoom?: ZoomResult;
  /** What the load fetched; the report takes the first-load size from it. */
  served: Served[];
  /** URL paths the page asked for before it was ready: what the first view needed. */
  beforeReady: string[];
  errors: string[];
}

export interface MeasureOptions {
  zoom: boolean;
  zoomTarget: string;
  timeoutMs: number;
  /** Write a CPU profile of the load and the zoom to this file. */
  profile?: string;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** `take` drains the server's log, so `served` holds this load's requests only. */
export async function measure(
  browser: Browser,
  url: string,
  take: () => Served[],
  { zoom, zoomTarget, timeoutMs, profile }: MeasureOptions,
): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors: string[] = [];
  try {
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 200)));
    page.on('pageerror', (e) => errors.push(String(e.message).slice(0, 200)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopProfile = profile ? await startCpuProfile(cdp, profile) : null;
    take();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const s = (window as unknown as { __bench?: PageProbe }).__bench?.state;
        return s === 'ready' || s === 'error';
      },
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    // Let the frame after ready, and any work it queued, finish.
    await page.evaluate(
      () =>
        new Promise((ok) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300))),
        ),
    );
    const probe = await page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench);
    if (probe.state !== 'ready' || probe.readyAt === null) {
      throw new Error(`the app reached data-state="${probe.state}" ${errors.join('; ')}`);
    }
    const readyAt = probe.readyAt;
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
    const mark = (name: string) => marks[`timeline:${name}`] ?? Number.NaN;
    const phases = {
      start: mark('start'),
      data: mark('data'),
      checked: mark('checked'),
      ready: mark('ready'),
    };
    const beforeReady = await page.evaluate(
      (at) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < at)
          .map((entry) => new URL(entry.name).pathname),
      readyAt,
    );
    const pre = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const post = await metrics(cdp);
    const run: Run = {
      readyMs: readyAt,
      phases,
      domNodes: post.Nodes ?? NaN,
      heapMB: (pre.JSHeapUsedSize ?? NaN) / 2 ** 20,
      heapAfterGcMB: (post.JSHeapUsedSize ?? NaN) / 2 ** 20,
      loadLongTasks: summariseLongTasks(probe.longTasks.filter((t) => t.start < readyAt)),
      served: take(),
      beforeReady,
      errors,
    };
    if (zoom) {
      const z = await page.evaluate(zoomInPage, zoomTarget);
      run.zoom = {
        ...z,
        longTasks: summariseLongTasks(z.longTasks),
        frame: stats(z.frameMs),
        busy: stats(z.busyMs),
      };
    }
    await stopProfile?.();
    return run;
  } finally {
    await context.close().catch(() => {});
  }
}
