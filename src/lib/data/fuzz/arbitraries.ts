/**
 * Events files for property-based tests (fast-check): some built field by field from the
 * format's shapes, some made by mutating a real file, some any JSON at all. The mutations
 * are data (which record, which field, what value), so a failing case prints as a short
 * list of edits to the real file rather than as a whole file.
 */
import fc from 'fast-check';
import { COLLECTIONS, STATUSES, type Collection } from '../schema';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const LISTS = Object.keys(COLLECTIONS) as Collection[];

/** Keys that mean something to JavaScript objects, and so to careless code. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/** Strings that have broken text handling somewhere. */
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e2022-02-28',
  '\ufeff2022',
  '2022-02-28\n',
  ' 2022-02-28',
  '２０２２',
  '٢٠٢٢-٠٢-٢٨',
  '𝟚𝟘𝟚𝟚',
  'İ',
  'ß',
  'e\u0301',
  '👩‍👩‍👧‍👦',
  '<img src=x onerror=alert(1)>',
  '{{title}}',
  '${title}',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'NaN',
  'undefined',
  'null',
  '-0',
  '1e400',
];

const oddString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  // Huge strings: long enough to make quadratic work show, rare enough to stay fast.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '2022-', '-', 'é', '\ud83d\ude00', '/', '..'), fc.nat(20_000))
      .map(([unit, n]) => unit.repeat(n)),
  },
);

const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 2022, 1e21, 1e-7, 2 ** 53 + 1, Number.MAX_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value, with unicode strings and the keys that mean something to objects. */
export const anyJson: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.constant(null),
    fc.boolean(),
    oddNumber,
    oddString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTOTYPE_KEYS)),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/**
 * A value nested `depth` lists deep: JSON allows it, recursive code does not. Up to
 * 4,000, which fast-check's own printing of a failing case survives; text nested deeper
 * is made by `editText`.
 */
export function nested(depth: number): Json {
  return JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as Json;
}
const deep = fc.integer({ min: 500, max: 4_000 }).map(nested);

/** Something where a value of some other shape belongs. */
export const oddValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: anyJson },
  { weight: 1, arbitrary: deep },
);

// The format's shapes, valid and nearly so: what an author could really write.
const ids = ['a', 'b', 'round-1', 'labor', 'ustr-2022-03-readout-first-round', 'michael-beeman'];
const id = fc.oneof(
  fc.constantFrom(...ids),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
  fc.constantFrom('Round-1', 'round 1', '-round', ''),
);
const lang = fc.constantFrom('en', 'ja', 'fr', 'zh-Hant', 'EN', 'e', 'english');
const words = fc.oneof(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), oddString);
const text: fc.Arbitrary<Json> = fc.oneof(
  words,
  fc.dictionary(lang, words, { minKeys: 0, maxKeys: 3 }),
);
const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
const two = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const day = fc
  .tuple(year, two(0, 13), two(0, 32))
  .map(([y, m, d]) => `${y}-${m}-${d}`)
  .chain((value) => fc.constantFrom(value, '2022-02-28', '2022-03-01', '2023-02-30'));
const point = fc.oneof(
  year,
  fc.tuple(year, two(0, 45)).map(([y, m]) => `${y}-${m}`),
  day,
);
const qualified = fc
  .tuple(point, fc.constantFrom('', '', '~', '?', '%', '~?'))
  .map(([p, q]) => p + q);
const edtf: fc.Arbitrary<Json> = fc.oneof(
  qualified,
  fc.tuple(qualified, qualified).map(([a, b]) => `${a}/${b}`),
  qualified.map((p) => `${p}/..`),
  qualified.map((p) => `../${p}`),
  qualified.map((p) => `${p}/`),
  qualified.map((p) => `/${p}`),
  fc.constantFrom('2022-22', '2022-24', '2022-33', '2022-13', '../..', '/', '2022/05/19', 'soon'),
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('https://example.org/readout', 'http://example.org', 'https://', 'example.org'),
);
const zone = fc.constantFrom(
  'Asia/Tokyo',
  'America/New_York',
  'UTC',
  'Etc/GMT+12',
  'Pacific/Kiritimati',
  'Asia/Tokio',
  '+09:00',
  'asia/tokyo',
);
const zoneDate = fc.record({ zone, date: day, place: text });
const ref: fc.Arbitrary<Json> = fc.record(
  { source: id, quote: words, note: text, topics: fc.array(id, { maxLength: 3 }) },
  { requiredKeys: ['source'] },
);
const claim = fc.record({ date: edtf, zone, source: ref }, { requiredKeys: ['date', 'source'] });
const refs = fc.array(fc.oneof({ weight: 6, arbitrary: ref }, oddValue), { maxLength: 3 });
const idList = fc.array(fc.oneof({ weight: 6, arbitrary: id }, oddValue), { maxLength: 4 });

/** Each field's shape, by its name: the same name has the same shape in every record. */
const SHAPES: Record<string, fc.Arbitrary<Json>> = {
  $schema: fc.constant('./events.schema.json'),
  id,
  source: id,
  event: id,
  title: text,
  label: text,
  name: text,
  role: text,
  summary: text,
  description: text,
  publisher: text,
  note: text,
  place: text,
  quote: words,
  date: edtf,
  published: edtf,
  asOf: day,
  from: day,
  to: day,
  url,
  level: fc.constantFrom('primary', 'secondary', 'tertiary'),
  status: fc.constantFrom(...STATUSES, 'done'),
  color: fc.constantFrom('#1f77b4', '#D9480F', 'red', '#fff'),
  language: lang,
  languages: fc.array(lang, { maxLength: 3 }),
  topics: idList,
  people: idList,
  sources: refs,
  'topics[]': id,
  'people[]': id,
  'sources[]': ref,
  'languages[]': lang,
  zone,
  'zones[]': zoneDate,
  zones: fc.array(fc.oneof({ weight: 6, arbitrary: zoneDate }, oddValue), { maxLength: 3 }),
  parent: id,
  claims: fc.array(fc.oneof({ weight: 6, arbitrary: claim }, oddValue), { maxLength: 3 }),
  'claims[]': claim,
  expected: fc.record(
    { date: edtf, status: fc.constantFrom(...STATUSES), source: ref, note: text },
    { requiredKeys: ['date', 'source'] },
  ),
};

/** A value for the field `name`: mostly of its shape, sometimes anything at all. */
export function valueFor(name: string): fc.Arbitrary<Json> {
  const shape = SHAPES[name];
  return shape ? fc.oneof({ weight: 5, arbitrary: shape }, oddValue) : oddValue;
}

/** The fields of a record of `list`, and whether each must be there. */
function fields(list: Collection): [string, boolean][] {
  const entries = COLLECTIONS[list].entries as Record<string, { type: string }>;
  return Object.entries(entries).map(([name, schema]) => [name, schema.type !== 'optional']);
}

/** A record of `list` built field by field: mostly right, sometimes not. */
export function record(list: Collection): fc.Arbitrary<Json> {
  const all = fields(list);
  const shape = Object.fromEntries(all.map(([name]) => [name, valueFor(name)]));
  const required = all.filter(([, must]) => must).map(([name]) => name);
  const built = fc.record(shape, { requiredKeys: required });
  // Now and then a field is missing, or one the format does not know is there.
  return fc
    .tuple(
      built,
      fc.option(fc.constantFrom(...required)),
      fc.option(fc.tuple(fc.constantFrom('colour', 'Title', ...PROTOTYPE_KEYS), anyJson)),
    )
    .map(([value, missing, extra]) => {
      const out: JsonObject = { ...(value as JsonObject) };
      if (missing !== null) delete out[missing];
      if (extra !== null) Object.defineProperty(out, extra[0], own(extra[1]));
      return out;
    });
}

/** An own, enumerable property, even for the key `__proto__`. */
function own(value: Json): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

/** A whole file built from the format's shapes. */
export const builtFile: fc.Arbitrary<Json> = fc.record(
  {
    $schema: valueFor('$schema'),
    title: valueFor('title'),
    description: valueFor('description'),
    asOf: valueFor('asOf'),
    languages: valueFor('languages'),
    ...(Object.fromEntries(
      LISTS.map((list) => [
        list,
        fc.oneof(
          { weight: 9, arbitrary: fc.array(record(list), { maxLength: 6 }) },
          { weight: 1, arbitrary: oddValue },
        ),
      ]),
    ) as Record<Collection, fc.Arbitrary<Json>>),
  },
  { requiredKeys: ['title', 'sources', 'topics', 'events'] },
);

/** One edit to a real file. `at` picks among the record's values, `list` and `index` the record. */
export type Mutation =
  /**
   * A value somewhere in a record (a field, an item, a nested field) set to another:
   * `value`, or, when `shapes` are given, the one of the shape of the field it goes in.
   */
  | {
      op: 'set';
      list: Collection;
      index: number;
      at: number;
      value: Json;
      shapes: Record<string, Json> | null;
    }
  /** A value somewhere in a record removed. */
  | { op: 'delete'; list: Collection; index: number; at: number }
  /** A field the format does not know added to a record. */
  | { op: 'add'; list: Collection; index: number; key: string; value: Json }
  /** A whole record replaced by something else. */
  | { op: 'replace'; list: Collection; index: number; value: Json }
  /** A record copied to another place in its list (the same id twice). */
  | { op: 'copy'; list: Collection; index: number; to: number }
  /** A record moved to another list, where its fields are wrong. */
  | { op: 'move'; list: Collection; index: number; to: Collection }
  /** A whole list replaced, or a top-level field set. */
  | { op: 'top'; key: string; value: Json };

const list = fc.constantFrom(...LISTS);
const index = fc.nat(40);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('set' as const),
      list,
      index,
      at: fc.nat(200),
      value: oddValue,
      shapes: fc.option(fc.record(SHAPES)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('delete' as const), list, index, at: fc.nat(200) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      list,
      index,
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'colour'), fc.string({ maxLength: 6 })),
      value: anyJson,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('replace' as const), list, index, value: oddValue }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('copy' as const), list, index, to: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('move' as const), list, index, to: list }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('top' as const),
      key: fc.constantFrom(...LISTS, 'title', 'asOf', 'languages', ...PROTOTYPE_KEYS),
      value: oddValue,
    }),
  },
);

/** Every place in a value, as paths, parents first; not inside values nested deeper than a record is. */
function places(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [path];
  if (path.length > 5) return out;
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...places(item, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...places(item, [...path, key]));
  }
  return out;
}

/**
 * The shape of what is at `path`, named by the nearest field: `topics[]` for an item of
 * a list of topics, `date` for the date of a zone.
 */
function shapeAt(path: (string | number)[]): string {
  const name = path.findLast((item) => typeof item === 'string') ?? '';
  return typeof path.at(-1) === 'number' ? `${name}[]` : String(name);
}

/** `file` (a copy of it) with the mutations applied, in order. */
export function mutate(file: Json, mutations: readonly Mutation[]): Json {
  const out = structuredClone(file) as JsonObject;
  for (const m of mutations) {
    if (m.op === 'top') {
      Object.defineProperty(out, m.key, own(m.value));
      continue;
    }
    const items = out[m.list];
    if (!Array.isArray(items) || items.length === 0) continue;
    const i = m.index % items.length;
    const item = items[i] as Json;
    // A copy is the same value twice: the file is written out as text, where it is two.
    if (m.op === 'replace') items[i] = m.value;
    else if (m.op === 'copy') items.splice(m.to % (items.length + 1), 0, item);
    else if (m.op === 'move') {
      const target = out[m.to];
      if (Array.isArray(target)) target.push(item);
    } else if (m.op === 'add') {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        Object.defineProperty(item, m.key, own(m.value));
      }
    } else {
      const all = places(item).slice(1);
      const path = all[m.at % Math.max(1, all.length)];
      if (!path) continue;
      const parent = path.slice(0, -1).reduce<Json>((at, key) => (at as JsonObject)[key]!, item);
      const key = path.at(-1)!;
      if (m.op === 'delete') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as JsonObject)[key];
      } else {
        const shape = shapeAt(path);
        const shaped = m.shapes && Object.hasOwn(m.shapes, shape) ? m.shapes[shape] : undefined;
        setAt(parent, key, shaped ?? m.value);
      }
    }
  }
  return out;
}

function setAt(parent: Json, key: string | number, value: Json): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, own(value));
}

/** The real file with one to six mutations. */
export function mutatedFile(base: Json): fc.Arbitrary<{ mutations: Mutation[]; file: Json }> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 6 })
    .map((mutations) => ({ mutations, file: mutate(base, mutations) }));
}

/** Any events file, odd or not: mutated, built from the shapes, or any JSON. */
export function eventsFile(base: Json): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 5, arbitrary: mutatedFile(base).map(({ file }) => file) },
    { weight: 3, arbitrary: builtFile },
    { weight: 1, arbitrary: anyJson },
  );
}

/** Edits to a file's text: cut short, a character put in, a byte-order mark, unclosed nesting. */
export type TextEdit =
  | { op: 'cut'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'bom' }
  | { op: 'open'; depth: number };

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(',', '"', '{', ']', '\n', '\\', '\u0000', '//'), oddString),
  }),
  fc.record({ op: fc.constant('bom' as const) }),
  fc.record({ op: fc.constant('open' as const), depth: fc.integer({ min: 1, max: 50_000 }) }),
);

export function editText(text: string, edit: TextEdit): string {
  switch (edit.op) {
    case 'cut':
      return text.slice(0, edit.at % (text.length + 1));
    case 'insert': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'bom':
      return `\ufeff${text}`;
    case 'open':
      return `{"title": "x", "events": ${'['.repeat(edit.depth)}`;
  }
}

/**
 * A value as JSON text, however deeply nested: JSON.stringify recurses, and stops at a
 * few thousand levels (fewer where a library has replaced it, as pdf.js's core-js does in
 * the browser tests' workers).
 */
export function toJson(value: Json): string {
  const out: string[] = [];
  const todo: (string | { value: Json })[] = [{ value }];
  while (todo.length) {
    const next = todo.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    const v = next.value;
    const parts: (string | { value: Json })[] = [];
    if (Array.isArray(v)) {
      v.forEach((item, i) => parts.push(...(i ? [','] : []), { value: item }));
      parts.unshift('[');
      parts.push(']');
    } else if (v !== null && typeof v === 'object') {
      Object.keys(v).forEach((key, i) =>
        parts.push(...(i ? [','] : []), `${JSON.stringify(key)}:`, { value: v[key]! }),
      );
      parts.unshift('{');
      parts.push('}');
    } else {
      out.push(JSON.stringify(v));
      continue;
    }
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]!);
  }
  return out.join('');
}
