/**
 * The command line of `npm run bench`, read once into a plain object so that every
 * other module takes its settings as arguments instead of reaching for process.argv.
 * Defaults are the figures we publish (four sizes, five runs after one warm-up, seed
 * 42); the flags exist to make a quick local check or a comparison between two builds
 * cheap, not to change what a run measures.
 */
import { resolve } from 'node:path';

export interface Options {
  /** Event counts to load, one data file each. */
  ns: number[];
  runs: number;
  warmup: number;
  seed: number;
  /** Where the data files, the reports and any CPU profiles go. */
  out: string;
  zoom: boolean;
  profile: boolean;
  /** A CSS selector; empty means the largest <svg>, which is the timeline today. */
  zoomTarget: string;
  /** Another build to measure, e.g. a copy of dist/ that a rebuild cannot change mid-run. */
  dist: string;
  /** A second build to measure beside `dist`, run by run (interleaved), or null. */
  against: string | null;
  /** How long a page may take to reach data-state="ready"; 100,000 events need a while. */
  timeoutMs: number;
}

/** Relative paths resolve against `root` so the script behaves the same from any cwd. */
export function parseOptions(argv: string[], root: string): Options {
  const flag = (name: string) => argv.includes(name);
  const option = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  return {
    ns: option('--n', '100,1000,10000,100000').split(',').map(Number),
    runs: Number(option('--runs', '5')),
    warmup: Number(option('--warmup', '1')),
    seed: Number(option('--seed', '42')),
    out: resolve(root, option('--out', 'bench-results')),
    zoom: !flag('--no-zoom'),
    profile: flag('--profile'),
    zoomTarget: option('--zoom-target', ''),
    dist: resolve(root, option('--dist', 'dist')),
    against: flag('--against') ? resolve(root, option('--against', '')) : null,
    timeoutMs: Number(option('--timeout', '90000')),
  };
}
