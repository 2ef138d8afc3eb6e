import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { acceptBody, type Accept } from './accept';
import { ACCEPT } from './accept.generated';
import { COLLECTIONS, Dataset, type Collection } from './schema';
import { mulberry32 } from '../random';

const DATASET = JSON.parse(
  readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const collections = Object.keys(COLLECTIONS) as Collection[];

/** Values an author, a converter or a hostile file might put anywhere. */
const ODD_VALUES: unknown[] = [
  null,
  0,
  1.5,
  true,
  '',
  'x',
  'Bad Id',
  'first-round',
  'held',
  'en',
  'http://example.org/',
  'https://example.org/a',
  'not a url',
  '2022-13-01',
  '2022-02-30',
  '2022-02-28',
  '2022-22',
  '2022-05/2022-08',
  '#1f77b4',
  'Asia/Tokyo',
  [],
  ['a'],
  [''],
  [{}],
  {},
  { en: 'Text' },
  { en: '' },
  { EN: 'Text' },
  { en: 'Text', ja: 'テキスト' },
  { en: 1 },
  JSON.parse('{"__proto__": "polluted"}'),
  JSON.parse('{"constructor": "x"}'),
  { source: 'primary-readout' },
  { zone: 'Asia/Tokyo', date: '2022-03-01', place: 'Tokyo' },
];

/** A copy of `value` with one random change somewhere inside it. */
function mutate(value: unknown, next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const odd = () => structuredClone(pick(ODD_VALUES));
  if (value === null || typeof value !== 'object') return odd();
  const copy = structuredClone(value) as Record<string, unknown> | unknown[];
  const keys = Object.keys(copy);
  const roll = next();
  if (keys.length && roll < 0.5) {
    // Go deeper half the time, so nested fields get their share of damage.
    const key = pick(keys);
    (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], next);
  } else if (keys.length && roll < 0.65) {
    const key = pick(keys);
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
  } else if (roll < 0.8) {
    if (Array.isArray(copy)) copy.push(odd());
    else copy[pick(['extra', 'Title', 'notes', 'en', 'ja', 'source', 'date'])] = odd();
  } else {
    return odd();
  }
  return copy;
}

describe('the fast structural check, as generated code', () => {
  const make = (schema: v.GenericSchema) => new Function(acceptBody(schema))() as Accept;
  it('compiles every schema of the format', () => {
    expect(() => make(Dataset)).not.toThrow();
    for (const key of collections) expect(() => make(COLLECTIONS[key])).not.toThrow();
  });

  it('accepts every record of the dataset, so valid files take the fast path', () => {
    for (const key of collections) {
      const records = (DATASET[key] ?? []) as unknown[];
      for (const record of records) expect(ACCEPT[key](record)).toBe(true);
      expect(make(COLLECTIONS[key])(records[0])).toBe(records.length > 0);
    }
    expect(make(Dataset)(DATASET)).toBe(true);
  });

  it('agrees with valibot on 20,000 damaged records, and its yes means an equal output', () => {
    // Seeded, so a failure can be replayed. The predicates are the written ones, as shipped.
    const next = mulberry32(20_221_128);
    const accepts = new Map(collections.map((key) => [key, ACCEPT[key]]));
    let accepted = 0;
    let rejected = 0;
    for (let round = 0; round < 20_000; round++) {
      const key = collections[round % collections.length] as Collection;
      const records = (DATASET[key] ?? []) as unknown[];
      if (!records.length) continue;
      let record = records[Math.floor(next() * records.length)];
      const changes = 1 + Math.floor(next() * 3);
      for (let i = 0; i < changes; i++) record = mutate(record, next);

      const schema = COLLECTIONS[key];
      const fast = accepts.get(key)!(record);
      const full = v.safeParse(schema, record);
      if (fast) {
        expect(full.success).toBe(true);
        expect(full.output).toEqual(record);
        accepted++;
      } else {
        // Only a map key valibot drops may make the fast check say no to a valid record.
        if (full.success) expect(JSON.stringify(record)).toMatch(/"(__proto__|constructor)"/);
        rejected++;
      }
    }
    // Both answers are exercised, or the test proves little.
    expect(accepted).toBeGreaterThan(1_000);
    expect(rejected).toBeGreaterThan(1_000);
  });

  it('refuses to compile what would change its input', () => {
    expect(() => make(v.optional(v.string(), 'default'))).toThrow(/default/);
    expect(() => make(v.pipe(v.string(), v.trim()))).toThrow(/changes its input/);
    expect(() => make(v.number())).toThrow(/"number"/);
    expect(() => make(v.pipe(v.string(), v.regex(/a/g)))).toThrow(/global/);
  });
});
