/**
 * `npm run bench` (after `vite build`): loads the built app in headless Chromium with
 * N = 100, 1,000, 10,000 and 100,000 synthetic events and measures, per run,
 *
 * - ready: performance.now() when `<html data-state="ready">` first appears;
 * - zoom: 20 synthetic wheel steps at the centre of the timeline's <svg>, one per
 *   animation frame (5 in, 5 out, 5 in, 5 out): the rAF intervals (avg, p95, max) and
 *   the busy time of each step (its handler, the microtasks it queued and the frame's
 *   style, layout and paint, up to a task posted behind that frame);
 * - the DOM node count, the JS heap (after a forced GC) and the long tasks up to ready;
 * - the first-load JavaScript and CSS, gzipped.
 *
 * It only prints figures (a markdown table of medians, min-max) and writes JSON to
 * bench-results/: nothing here passes or fails on a time.
 *
 *   npm run bench -- --n 1000,10000 --runs 3
 *   options: --n <list> --runs 5 --warmup 1 --seed 42 --no-zoom --profile --out <dir>
 *            --dist dist --timeout 90000 (ms to ready) --zoom-target <css selector> (default: the
 *            largest <svg> on the page) --against <another build's dist>
 * With --against, the two builds are loaded in turn, run by run, so a change of the
 * machine's pace falls on both alike, and a table sets their medians side by side.
 * The browser is CHROMIUM_PATH, or the one @sparticuz/chromium unpacks.
 *
 * This file only sequences the steps; each concept lives in scripts/bench/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { launchBrowser } from './bench/browser.ts';
import { fileName, writeDatasets } from './bench/generate.ts';
import { measure, VIEWPORT } from './bench/measure.ts';
import { parseOptions } from './bench/options.ts';
import { topFunctions } from './bench/profile.ts';
import { num, report, type SizeResult } from './bench/report.ts';
import { serve } from './bench/server.ts';
import { firstLoadGzip } from './bench/transfer.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Progress goes to stderr, so stdout carries the report alone.
const log = (s: string) => process.stderr.write(s + '\n');
const seconds = (since: number) => (Date.now() - since) / 1000;

async function main() {
  const o = parseOptions(process.argv.slice(2), ROOT);
  if (!existsSync(join(o.dist, 'index.html'))) throw new Error('no dist/: run `vite build` first');
  const dataDir = join(o.out, 'data');
  const t0 = Date.now();
  writeDatasets(dataDir, o.ns, o.seed);
  log(`generated ${o.ns.join(', ')} events (seed ${o.seed}) in ${seconds(t0).toFixed(1)} s`);

  const dists = [o.dist, ...(o.against ? [o.against] : [])];
  const servers = await Promise.all(
    dists.map((dist) =>
      serve([
        { prefix: '/', dir: dist },
        { prefix: '/bench-data/', dir: dataDir },
      ]),
    ),
  );
  const browser = await launchBrowser();
  const chromium = browser.version();
  log(`Chromium ${chromium}, ${os.cpus().length} CPUs, ${VIEWPORT.width}x${VIEWPORT.height}`);
  const settings = { zoomTarget: o.zoomTarget, timeoutMs: o.timeoutMs };
  const results: SizeResult[][] = dists.map(() => []);
  try {
    for (const n of o.ns) {
      const data = `/?data=${encodeURIComponent(`/bench-data/${fileName(n)}`)}`;
      const entries: SizeResult[] = servers.map((server) => ({
        n,
        url: server.origin + data,
        runs: [],
        failures: [],
      }));
      for (let i = 0; i < o.warmup + o.runs; i++) {
        const warm = i < o.warmup;
        for (const [b, server] of servers.entries()) {
          const entry = entries[b]!;
          const name = dists.length > 1 ? `${basename(dists[b]!)} ` : '';
          try {
            const r = await measure(browser, entry.url, server.take, {
              ...settings,
              zoom: o.zoom && !warm,
            });
            if (!warm) entry.runs.push(r);
            log(
              `${name}N=${n} ${warm ? 'warm-up' : `run ${i - o.warmup + 1}/${o.runs}`}: ready ${num(r.readyMs)} ms` +
                (r.zoom
                  ? `, frame avg ${num(r.zoom.frame.avg)} / max ${num(r.zoom.frame.max)} ms, busy avg ${num(r.zoom.busy.avg)} ms` +
                    (r.zoom.windowChanged ? '' : ' (the view did not change!)')
                  : '') +
                `, ${r.domNodes} nodes`,
            );
          } catch (error) {
            const message = String((error as Error).message ?? error).split('\n')[0]!;
            entry.failures.push(message);
            log(`${name}N=${n} run ${i + 1}: FAILED ${message}`);
          }
        }
      }
      if (o.profile) {
        // An extra run: the profiler's overhead must not reach the measured ones.
        const file = join(o.out, `profile-${n}.cpuprofile`);
        mkdirSync(o.out, { recursive: true });
        await measure(browser, entries[0]!.url, servers[0]!.take, {
          ...settings,
          zoom: o.zoom,
          profile: file,
        });
        entries[0]!.profile = { file, top: topFunctions(file) };
        log(`N=${n} CPU profile (load + zoom): ${file}`);
      }
      entries.forEach((entry, b) => results[b]!.push(entry));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }

  // The build is the same for every N, so one load's requests give the first-load size.
  const firstRun = results[0]!.flatMap((r) => r.runs)[0];
  const transfer = firstRun ? firstLoadGzip(firstRun.served, firstRun.beforeReady) : null;
  const setting = {
    chromium,
    viewport: VIEWPORT,
    runs: o.runs,
    warmup: o.warmup,
    seed: o.seed,
  };
  const beside = o.against ? { names: dists.map((d) => basename(d)), results } : null;
  report(o.out, results[0]!, setting, transfer, beside);
  log(`wrote ${join(o.out, 'latest.json')} and latest.md in ${seconds(t0).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
