/**
 * Properties of loading any JSON at all, checked on generated and mutated events files
 * (arbitraries.ts). `npm test` runs a few hundred cases from a fixed seed; `npm run fuzz`
 * runs many more from a new seed (FUZZ_RUNS and FUZZ_SEED choose), and prints the seed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadText, loadValue, type LoadResult } from '../load';
import { COLLECTIONS, type Collection } from '../schema';
import { say, type Said } from '../said';
import { ENGLISH } from '../../i18n/problemsEn';
import { JAPANESE } from '../../i18n/problemsJa';
import {
  LISTS,
  PROTOTYPE_KEYS,
  editText,
  eventsFile,
  mutatedFile,
  textEdit,
  toJson,
  type Json,
} from './arbitraries';
import { parsePath, resolve, type PathKey } from './resolve';

const BASE = JSON.parse(
  readFileSync(new URL('../../../../data/events.json', import.meta.url), 'utf8'),
) as Record<string, Json>;

const long = process.env.FUZZ === 'long';
const runs = Number(process.env.FUZZ_RUNS ?? (long ? 20_000 : 300));
const seed = Number(process.env.FUZZ_SEED ?? (long ? Date.now() % 2 ** 31 : 18));
if (long) console.info(`fuzz: ${runs} runs a property, seed ${seed} (FUZZ_SEED=${seed} repeats)`);
const settings = { seed, numRuns: runs };
/** Long runs take as long as they take; a few hundred cases, a few seconds. */
const timeout = long ? 0 : 30_000;

/** What a reader would read: every problem and reason, in English and in Japanese. */
function sentences(result: LoadResult): string[] {
  const said: Said[] = [
    ...result.problems.map((p) => p.said),
    ...result.skipped.flatMap((s) => s.because),
  ];
  return said.flatMap((one) => [say(one, ENGLISH), say(one, JAPANESE)]);
}

/**
 * Whether a record would be kept as the only record of an otherwise valid file. Whether a
 * record is kept depends on itself alone (its references may dangle and are dropped),
 * but for an id an earlier record took: so the smallest valid file will do.
 */
function keptAlone(list: Collection, record: unknown): boolean {
  const alone = { title: 'Alone', sources: [], topics: [], events: [], [list]: [record] };
  return !loadValue(alone).skipped.some((s) => s.path === `$.${list}[0]`);
}

/**
 * Whether a value is what a problem says is at its path, where the problem names it. A
 * rule can be about the key instead (a language code in a text), which is the last key.
 */
function isWhat(said: Said, key: PathKey | undefined): (value: unknown) => boolean {
  switch (said.key) {
    case 'noSuch':
    case 'duplicateId':
      return (value) => value === said.id;
    case 'unknownZone':
      return (value) => value === said.zone;
    case 'noQuote':
      return (value) => isObject(value) && !value.quote && !value.note;
    case 'mustBe':
    case 'rule':
      return (value) => {
        const shown = said.shown?.replace(/…$/, '');
        return (
          shown === undefined ||
          key === said.shown ||
          (typeof value === 'string' && value.startsWith(shown))
        );
      };
    default:
      return () => true;
  }
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem and reason reads in both languages, briefly, with no trace of a missing value. */
function expectWorded(result: LoadResult, text: string): void {
  for (const sentence of sentences(result)) {
    expect(sentence.length).toBeGreaterThan(0);
    // A value quoted in a sentence is cut short: a file's 20,000-character date would
    // otherwise be on the page 20,000 characters long.
    expect(sentence.length).toBeLessThan(1_000);
    // Words a sentence built from a missing value would hold, unless the file does.
    for (const slip of ['undefined', 'NaN', '[object Object]']) {
      if (sentence.includes(slip)) expect(text, sentence).toContain(slip);
    }
  }
}

/** Every problem's path leads to the value it is about; every skipped path to a record. */
function expectPaths(file: Json, { problems, skipped }: LoadResult): void {
  for (const problem of problems) {
    const keys = parsePath(problem.path);
    const found = resolve(file, keys);
    // A field that is required and missing is named where it should be.
    if (problem.said.key === 'required') {
      expect(found.found || found.depth === keys.length - 1, problem.path).toBe(true);
    } else expect(found.found, `${problem.path} ${problem.said.key}`).toBe(true);
    if (found.found) {
      expect(found.value, problem.path).toSatisfy(isWhat(problem.said, keys.at(-1)));
    }
  }
  for (const record of skipped) {
    const keys = parsePath(record.path);
    expect(keys).toHaveLength(2);
    expect(LISTS).toContain(keys[0]);
    expect(resolve(file, keys).found).toBe(true);
  }
}

/** Every record of every list is either kept or listed as not shown, and listed once. */
function expectAccounted(file: Json, { data, skipped }: LoadResult): void {
  if (!isObject(file) || !data) return;
  const paths = skipped.map((s) => s.path);
  expect(new Set(paths).size, 'a record is listed once').toBe(paths.length);
  for (const list of LISTS) {
    const items = file[list];
    if (!Array.isArray(items)) continue;
    const listed = paths.filter((path) => path.startsWith(`$.${list}[`)).length;
    expect(data[list].length + listed, list).toBe(items.length);
  }
}

describe('loading any JSON value', { timeout }, () => {
  // One property for what holds of every load, so that each generated file (the costly
  // part) is loaded once for all of it; 200 of them in npm test.
  it('never throws; words every problem in both languages at a path to its value; keeps or lists every record; touches no prototype', () => {
    fc.assert(
      fc.property(eventsFile(BASE), (file) => {
        const text = toJson(file);
        const result = loadValue(file);
        expectWorded(result, text);
        expectPaths(file, result);
        expectAccounted(file, result);
        expectWorded(loadText(text), text);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { ...settings, numRuns: Math.ceil((runs * 2) / 3) },
    );
  });

  it('never throws on a text that is not JSON, and says where it breaks', () => {
    const text = JSON.stringify(BASE);
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        const edited = edits.reduce(editText, text);
        const result = loadText(edited);
        if (result.data) return;
        expect(result.problems).toHaveLength(1);
        const said = result.problems[0]!.said;
        if (said.key === 'notJson' && said.line !== undefined) {
          const lines = edited.replace(/^\uFEFF/, '').split('\n');
          expect(said.line).toBeGreaterThanOrEqual(1);
          expect(said.line).toBeLessThanOrEqual(lines.length);
          expect(said.column).toBeGreaterThanOrEqual(1);
          expect(said.column).toBeLessThanOrEqual(lines[said.line - 1]!.length + 1);
        }
      }),
      settings,
    );
  });

  it('keeps every record that is valid on its own, unless an earlier one has its id', () => {
    fc.assert(
      fc.property(mutatedFile(BASE), ({ file }) => {
        const { skipped } = loadValue(file);
        if (!isObject(file)) return;
        const why = new Map(skipped.map((s) => [s.path, s.because]));
        for (const list of LISTS) {
          const items = file[list];
          if (!Array.isArray(items)) continue;
          items.forEach((item, i) => {
            const because = why.get(`$.${list}[${i}]`);
            if (!keptAlone(list, item)) {
              expect(because, `${list}[${i}] is not valid alone, so not here`).toBeDefined();
              return;
            }
            if (!because) return;
            // Kept alone, skipped here: only as a later record with an id already taken.
            expect(
              because.map((s) => s.key),
              `${list}[${i}]`,
            ).toEqual(['duplicateId']);
            const first = because[0] as Extract<Said, { key: 'duplicateId' }>;
            expect(first.first).toBeLessThan(i);
            expect((items[first.first] as { id?: unknown }).id).toBe(first.id);
          });
        }
      }),
      { ...settings, numRuns: Math.ceil(runs / 3) },
    );
  });

  it('keeps a valid record with fields the format does not know, without them', () => {
    const record = fc.constantFrom(...LISTS).chain((list) =>
      fc.record({
        list: fc.constant(list),
        index: fc.nat((BASE[list] as Json[]).length - 1),
        extra: fc.uniqueArray(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string()), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
    );
    fc.assert(
      fc.property(record, ({ list, index, extra }) => {
        const known = Object.keys(COLLECTIONS[list].entries);
        const unknown = extra.filter((key) => !known.includes(key));
        const item = structuredClone((BASE[list] as Json[])[index]) as Record<string, Json>;
        for (const key of unknown) {
          Object.defineProperty(item, key, { value: 1, enumerable: true, writable: true });
        }
        const text = JSON.stringify({ ...BASE, [list]: [item] });
        const { data, skipped, problems } = loadText(text);
        expect(skipped.filter((s) => s.path === `$.${list}[0]`)).toEqual([]);
        const kept = data![list][0] as object;
        for (const key of unknown) expect(Object.hasOwn(kept, key), key).toBe(false);
        const named = problems.filter((p) => p.said.key === 'unknownKey');
        expect(named.length).toBeGreaterThanOrEqual(unknown.length ? 1 : 0);
      }),
      settings,
    );
  });
});
