/**
 * Synthetic events files in our format for `npm run bench`: deterministic for a given
 * (n, seed), valid for `npm run validate`, spread over 2022-01-01..2024-12-31.
 *
 * Mix: about 66 % single days ("2022-03-04"), 28 % exact intervals
 * ("2022-03-04/2022-04-20"), 4 % months ("2022-05") and 2 % seasons ("2023-22"), so
 * about 70 % points and 30 % spans; 6 topics, 1-3 per event; one source, quoted by
 * every event; English titles of 4-6 words and a one-sentence summary (100,000 events
 * make about 30 MB).
 *
 * CLI: `npx tsx scripts/bench/generate.ts --n 100,1000 --out bench-results/data`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/lib/random.ts';

const START = Date.UTC(2022, 0, 1);
const SPAN_DAYS = 1096; // 2022-01-01 .. 2024-12-31
const DAY = 86_400_000;
/** Later than this, events are still to come. */
const AS_OF = '2024-09-30';

export const TOPICS = [
  { id: 'politics', label: 'Politics', color: '#d9480f' },
  { id: 'economy', label: 'Economy', color: '#1c7ed6' },
  { id: 'technology', label: 'Technology', color: '#2b8a3e' },
  { id: 'science', label: 'Science', color: '#862e9c' },
  { id: 'culture', label: 'Culture', color: '#c2255c' },
  { id: 'health', label: 'Health', color: '#5c7cfa' },
] as const;

export const SOURCE_ID = 'bench-register';

const WORDS = (
  'agency alliance archive budget bridge campaign census charter climate coalition council ' +
  'court crisis data debate delegation district drought election energy exhibit export ' +
  'festival forum grant harbor health index inquiry island journal labor launch league market ' +
  'merger mission museum network office orbit panel parliament patent pilot policy port ' +
  'program protest railway reform region report research reserve satellite season senate ' +
  'signal strike study summit survey tariff theatre trade treaty trial union vaccine venture ' +
  'village vote wage water announces approves blocks builds cancels confirms delays expands ' +
  'opens publishes rejects resumes reveals signs suspends wins new major early final first ' +
  'national regional rural urban historic annual joint public private northern southern'
).split(/\s+/);

const FILLER = (
  'the a of in on for with after before during amid and as by from to under over across ' +
  'officials said residents experts observers according while despite following within'
).split(/\s+/);

const pad = (x: number) => String(x).padStart(2, '0');
const isoDay = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sentence(rand: () => number, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(rand() < 0.6 ? pick(rand, WORDS) : pick(rand, FILLER));
  return cap(words.join(' ')) + '.';
}

/** An EDTF date and the first day it may mean (for the time order of the ids). */
function dateOf(rand: () => number): { date: string; first: string } {
  const day = Math.floor(rand() * SPAN_DAYS);
  const first = isoDay(day);
  const kind = rand();
  if (kind < 0.66) return { date: first, first };
  if (kind < 0.94) {
    const length = 1 + Math.floor(rand() * rand() * 120); // 1..120 days, mostly short
    const end = isoDay(Math.min(SPAN_DAYS - 1, day + length));
    return end === first ? { date: first, first } : { date: `${first}/${end}`, first };
  }
  if (kind < 0.98) {
    const month = first.slice(0, 7);
    return { date: month, first: `${month}-01` };
  }
  // Seasons 21-24 (spring .. winter); a northern winter starts in December.
  const season = 21 + Math.floor(rand() * 4);
  const year = first.slice(0, 4);
  const startMonth = { 21: 3, 22: 6, 23: 9, 24: 12 }[season]!;
  return { date: `${year}-${season}`, first: `${year}-${pad(startMonth)}-01` };
}

function statusOf(rand: () => number, first: string): string {
  if (first > AS_OF) return rand() < 0.7 ? 'scheduled' : 'expected';
  const r = rand();
  return r < 0.95 ? 'held' : r < 0.98 ? 'postponed' : 'cancelled';
}

/** The dataset frame shared by the generator and the neutral-format converter. */
export function datasetFrame(n: number, events: unknown[]) {
  return {
    title: { en: `Benchmark timeline, ${n.toLocaleString('en')} synthetic events` },
    description: { en: 'Synthetic events for performance measurements; not real.' },
    asOf: AS_OF,
    languages: ['en'],
    sources: [
      {
        id: SOURCE_ID,
        title: { en: 'Synthetic register of benchmark events' },
        publisher: { en: 'Partnership Timeline benchmark' },
        url: 'https://example.org/bench/register',
        published: '2022-01-01',
        level: 'primary',
        language: 'en',
      },
    ],
    topics: TOPICS.map((t) => ({
      id: t.id,
      label: { en: t.label },
      color: t.color,
      summary: { en: `Synthetic events about ${t.label.toLowerCase()}.` },
    })),
    events,
  };
}

/** A complete events file with `n` events. Deterministic for (n, seed). */
export function generateDataset(n: number, seed = 42) {
  const rand = mulberry32((seed ^ Math.imul(n, 2654435761)) >>> 0);
  const drafts = [];
  for (let i = 0; i < n; i++) {
    const { date, first } = dateOf(rand);
    const topics = new Set([pick(rand, TOPICS).id]);
    while (topics.size < 3 && rand() < 0.35) topics.add(pick(rand, TOPICS).id);
    const titleWords: string[] = [];
    for (let w = 4 + Math.floor(rand() * 3); w > 0; w--) titleWords.push(pick(rand, WORDS));
    const quote = sentence(rand, 8 + Math.floor(rand() * 5));
    drafts.push({
      first,
      event: {
        id: '',
        title: { en: cap(titleWords.join(' ')) },
        date,
        status: statusOf(rand, first),
        topics: [...topics].sort(),
        summary: { en: sentence(rand, 10 + Math.floor(rand() * 7)) },
        sources: [{ source: SOURCE_ID, quote }],
      },
    });
  }
  drafts.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const width = String(n).length;
  drafts.forEach((d, i) => (d.event.id = `e${String(i + 1).padStart(width, '0')}`));
  return datasetFrame(
    n,
    drafts.map((d) => d.event),
  );
}

export const fileName = (n: number) => `events-${n}.json`;

/** Writes `<dir>/events-<n>.json` for each n; returns the paths. */
export function writeDatasets(dir: string, ns: number[], seed = 42): string[] {
  mkdirSync(dir, { recursive: true });
  return ns.map((n) => {
    const path = join(dir, fileName(n));
    writeFileSync(path, JSON.stringify(generateDataset(n, seed)));
    return path;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const ns = arg('--n', '100,1000,10000,100000').split(',').map(Number);
  const out = resolve(arg('--out', 'bench-results/data'));
  for (const path of writeDatasets(out, ns, Number(arg('--seed', '42')))) console.log(path);
}
