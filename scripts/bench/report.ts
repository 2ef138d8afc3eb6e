/**
 * The benchmark's output: a markdown table of medians (min–max) for people, printed and
 * written to latest.md, and the full JSON of every run for scripts and later
 * comparison, written both under a timestamp and as latest.json. The report only
 * states figures; nothing here passes or fails on a time, since a threshold would turn
 * a slow or busy machine into a reported regression.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import type { Run } from './measure.ts';
import type { TopFunction } from './profile.ts';
import { median } from './stats.ts';
import type { Transfer } from './transfer.ts';

/** Everything measured for one event count. */
export interface SizeResult {
  n: number;
  url: string;
  runs: Run[];
  /** The first line of each failed run's error; a failed warm-up skips the size. */
  failures: string[];
  profile?: { file: string; top: TopFunction[] };
}

/** How the figures were taken, for the table's caption and the JSON. */
export interface Setting {
  chromium: string;
  viewport: { width: number; height: number };
  runs: number;
  warmup: number;
  seed: number;
}

/** Whole numbers from 100 up, one decimal below; "–" for not measured. */
export const num = (x: number) =>
  !Number.isFinite(x) ? '–' : x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1);

const cell = (xs: number[]) => {
  const ok = xs.filter(Number.isFinite);
  if (!ok.length) return '–';
  if (ok.length === 1) return num(ok[0]!);
  return `${num(median(ok))} (${num(Math.min(...ok))}–${num(Math.max(...ok))})`;
};

const HEAD = [
  'events',
  'ready ms',
  'longest task to ready, ms',
  'zoom frame avg ms',
  'frame p95',
  'frame max',
  'busy/step avg ms',
  'busy/step max',
  'DOM nodes',
  'heap MB (after GC)',
];

function row({ n, runs }: SizeResult): string[] {
  const z = runs.map((r) => r.zoom);
  return [
    n.toLocaleString('en'),
    cell(runs.map((r) => r.readyMs)),
    cell(runs.map((r) => r.loadLongTasks.maxMs)),
    cell(z.map((x) => x?.frame.avg ?? NaN)),
    cell(z.map((x) => x?.frame.p95 ?? NaN)),
    cell(z.map((x) => x?.frame.max ?? NaN)),
    cell(z.map((x) => x?.busy.avg ?? NaN)),
    cell(z.map((x) => x?.busy.max ?? NaN)),
    cell(runs.map((r) => r.domNodes)),
    cell(runs.map((r) => r.heapAfterGcMB)),
  ];
}

/** Medians of the load's phases: when each began, and how long each step took. */
const PHASE_HEAD = [
  'events',
  'code runs at',
  'file in hand at',
  'checking the file',
  'drawing the first view',
  'ready at',
];

function phaseRow({ n, runs }: SizeResult): string[] {
  const p = runs.map((r) => r.phases);
  return [
    n.toLocaleString('en'),
    cell(p.map((x) => x.start)),
    cell(p.map((x) => x.data)),
    cell(p.map((x) => x.checked - x.data)),
    cell(p.map((x) => x.ready - x.checked)),
    cell(p.map((x) => x.ready)),
  ];
}

export function markdown(results: SizeResult[], setting: Setting, transfer: Transfer | null) {
  const { chromium, viewport, runs, warmup } = setting;
  return [
    `Chromium ${chromium}, ${os.cpus().length} CPUs, ${viewport.width}x${viewport.height}; ` +
      `median (min–max) of ${runs} runs after ${warmup} warm-up, each in a fresh context.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...results.map((r) => `| ${row(r).join(' | ')} |`),
    '',
    "Where the load goes (ms; the app's User Timing marks, timeline:start … timeline:ready):",
    '',
    `| ${PHASE_HEAD.join(' | ')} |`,
    `| ${PHASE_HEAD.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...results.map((r) => `| ${phaseRow(r).join(' | ')} |`),
    '',
    transfer
      ? `First load, the page and the JS+CSS it asked for before the first view was ready: ${num(transfer.gzKB)} KB gzipped (${num(transfer.rawKB)} KB raw; ${transfer.files.join(', ')}).` +
        (transfer.later.length
          ? ` Fetched after it: ${transfer.later.map((f) => `${f.path} ${num(f.gzKB)} KB`).join(', ')}.`
          : '')
      : '',
    ...results
      .filter((r) => r.failures.length)
      .map((r) => `N=${r.n}: ${r.failures.length} failed run(s): ${r.failures.join('; ')}`),
    // A zoom that changed nothing measured idle frames, so its figures would mislead.
    ...results
      .filter((r) => r.runs.some((x) => x.zoom && !x.zoom.windowChanged))
      .map((r) => `N=${r.n}: the zoom steps did not change the timeline's text in some runs.`),
  ].join('\n');
}

/** Two builds measured run by run: their medians side by side. */
export interface Beside {
  names: string[];
  results: SizeResult[][];
}

const BESIDE_HEAD = ['ready ms', 'zoom frame avg ms', 'busy/step avg ms'];

function besideTable({ names, results }: Beside): string {
  const head = ['events', ...BESIDE_HEAD.flatMap((h) => names.map((name) => `${h}, ${name}`))];
  const rows = results[0]!.map((first, i) => {
    const sizes = results.map((list) => list[i]!);
    const pick = (f: (r: Run) => number) => sizes.map((size) => cell(size.runs.map(f)));
    return [
      first.n.toLocaleString('en'),
      ...pick((r) => r.readyMs),
      ...pick((r) => r.zoom?.frame.avg ?? NaN),
      ...pick((r) => r.zoom?.busy.avg ?? NaN),
    ];
  });
  return [
    `Interleaved, run by run: ${names.join(' against ')}.`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Writes the reports to `out` and prints the table and any profile summaries. */
export function report(
  out: string,
  results: SizeResult[],
  setting: Setting,
  transfer: Transfer | null,
  beside: Beside | null = null,
) {
  const md = [
    markdown(results, setting, transfer),
    ...(beside ? ['', besideTable(beside)] : []),
  ].join('\n');
  mkdirSync(out, { recursive: true });
  const date = new Date().toISOString();
  const json = {
    date,
    chromium: setting.chromium,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    viewport: setting.viewport,
    runs: setting.runs,
    warmup: setting.warmup,
    seed: setting.seed,
    transfer,
    // The served-file log is an input to `transfer`, not a result of its own.
    results: results.map((r) => ({
      ...r,
      runs: r.runs.map(({ served: _served, beforeReady: _beforeReady, ...run }) => run),
    })),
  };
  const stamp = date.replace(/[:.]/g, '-');
  writeFileSync(join(out, `bench-${stamp}.json`), JSON.stringify(json, null, 1));
  writeFileSync(join(out, 'latest.json'), JSON.stringify(json, null, 1));
  writeFileSync(join(out, 'latest.md'), md + '\n');
  console.log('\n' + md + '\n');
  for (const r of results) {
    if (!r.profile) continue;
    console.log(`N=${r.n.toLocaleString('en')}: most self time (load + zoom, one profiled run)`);
    for (const f of r.profile.top)
      console.log(
        `  ${String(f.ms).padStart(6)} ms ${(f.share * 100).toFixed(0).padStart(3)} %  ${f.fn}`,
      );
  }
}
