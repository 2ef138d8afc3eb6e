// @ts-check
/**
 * A `--config` for the shared benchmark harness (../shared/bench, copied out and
 * installed as its README says) that adds our app beside the peers without changing
 * the harness. Run from the harness's folder:
 *
 *   node run.mjs --config <this file> --app-dist <our dist/> --n 1000,10000 --runs 5 --no-lighthouse
 *
 * The harness writes its events in its "neutral" format only. This config, when the
 * harness imports it, generates the same neutral events (the harness's own generator,
 * same seed) for every N of the run, converts them to our format (neutral.mjs) into
 * `generated/partnership/<N>.json`, and gives our target a mount that serves those
 * files at the URL the harness's `query` injection opens:
 * `/?data=/__bench/data/neutral-<N>.json`. The mount's prefix is longer than the
 * harness's own `/__bench/data/`, and the harness's server picks the longest prefix, so
 * only our target's server answers with our format; the peers are untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromNeutral } from './neutral.mjs';

/** The harness is the folder of the script that imports us (`node run.mjs ...`). */
const harness = path.dirname(path.resolve(process.argv[1] ?? 'run.mjs'));
const load = (/** @type {string} */ file) => import(pathToFileURL(path.join(harness, file)).href);
const base = (await load('targets.config.mjs')).default;
const { generateEvents } = await load('lib/generate.mjs');

/** The N values the harness will ask for: --n (or its default) and Lighthouse's N. */
function wantedNs() {
  const argv = process.argv;
  const value = (/** @type {string} */ flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ns = (value('--n') ?? base.ns.join(',')).split(',').map(Number);
  if (!argv.includes('--no-lighthouse') && base.lighthouse) {
    ns.push(Number(value('--lighthouse-n') ?? base.lighthouse.n ?? 1000));
  }
  return [...new Set(ns)];
}

const seed = base.seed ?? 42;
const dir = path.join(harness, 'generated', 'partnership');
fs.mkdirSync(dir, { recursive: true });
for (const n of wantedNs()) {
  fs.writeFileSync(
    path.join(dir, `${n}.json`),
    JSON.stringify(fromNeutral(generateEvents(n, seed))),
  );
}

/** @type {any[]} */
const targets = base.targets.filter((/** @type {any} */ t) => t.name !== 'our-app');
targets.push({
  name: 'our-app',
  enabled: false, // --app-dist <dir> enables it and sets its root
  root: 'dist',
  entry: '/',
  spaFallback: 'index.html',
  data: { format: 'neutral', inject: 'query', param: 'data' },
  mounts: [{ prefix: '/__bench/data/neutral-', dir }],
  // Set once the first view is on screen (PRODUCT.md); the harness's rAF poll sees it.
  readySelector: 'html[data-state="ready"]',
  // The timeline's own <svg>: a bare `svg` would hit the first toolbar icon.
  zoom: { type: 'wheel', selector: '.plot > svg', deltaY: 100, ctrlKey: false },
});

export default { ...base, targets };
