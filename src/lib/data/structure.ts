/**
 * The structural pass: each record is checked against its schema (schema.ts) on its own,
 * with valibot's `safeParse`, so one bad record costs only itself. A record whose only
 * fault is a misspelt or unknown field at its top level is kept without that field (the
 * field is reported); any other fault, including an unknown field inside a nested
 * object, skips the record.
 */
import * as v from 'valibot';
import { COLLECTIONS, Dataset, type Collection } from './schema';
import { jsonPath, problemAt as problem, type Problem, type Skipped } from './problems';
import { kindOf, type Said } from './said';
import { isUnknownKey, toProblems } from './explain';

type Records = { [K in Collection]: v.InferOutput<(typeof COLLECTIONS)[K]>[] };
export type Structured = Omit<Dataset, Collection> & Records;

const LISTS = Object.keys(COLLECTIONS) as Collection[];
/** The top-level fields that are not record lists. */
const HEADER = Object.keys(Dataset.entries).filter(
  (key) => !(key in COLLECTIONS),
) as (keyof typeof Dataset.entries)[];
const REQUIRED = ['title', 'sources', 'topics', 'events'];

/** Each kept record's position in the file's list, so later messages name the right one. */
export type Positions = { [K in Collection]: number[] };

export interface StructureResult {
  data: Structured;
  positions: Positions;
  problems: Problem[];
  skipped: Skipped[];
}

/** One empty list per collection. */
function emptyLists(): { [K in Collection]: never[] } {
  return Object.fromEntries(LISTS.map((key) => [key, []])) as { [K in Collection]: never[] };
}

export function checkStructure(raw: unknown): StructureResult {
  const problems: Problem[] = [];
  const skipped: Skipped[] = [];
  const positions: Positions = emptyLists();
  const data: Structured = { title: 'Untitled timeline', ...emptyLists() };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(problem([], { key: 'notObject', found: kindOf(raw) }));
    return { data, positions, problems, skipped };
  }
  const input = raw as Record<string, unknown>;

  for (const key of Object.keys(input)) {
    // Own fields only: every object has a `constructor`, and a file may have a `__proto__`.
    if (!Object.hasOwn(Dataset.entries, key))
      problems.push(problem([key], { key: 'unknownField', field: key }));
  }
  for (const key of REQUIRED) {
    if (!(key in input)) problems.push(problem([], { key: 'missingField', field: key }));
  }

  for (const key of HEADER) {
    if (!(key in input)) continue;
    const result = v.safeParse(Dataset.entries[key], input[key]);
    if (result.success) Object.assign(data, { [key]: result.output });
    else append(problems, toProblems(result.issues, [key]));
  }

  for (const key of LISTS) {
    if (!(key in input)) continue;
    const list = input[key];
    if (!Array.isArray(list)) {
      problems.push(problem([key], { key: 'notList', field: key, found: kindOf(list) }));
      continue;
    }
    const kept: object[] = [];
    for (let index = 0; index < list.length; index++) {
      const item: unknown = list[index];
      const before = problems.length;
      const record = checkRecord(key, item, index, problems);
      if (record) {
        kept.push(record);
        positions[key].push(index);
        continue;
      }
      skipped.push({
        path: jsonPath([key, index]),
        because: reasonFor(problems.slice(before)),
        ...idOf(item),
      });
    }
    Object.assign(data, { [key]: kept });
  }
  return { data, positions, problems, skipped };
}

/**
 * Record `index` of list `key`, as it can be kept, or null; its problems go into
 * `problems`. Unknown fields are mistakes worth reporting, but not worth losing the
 * record over: a record whose only faults are unknown top-level fields is kept without them.
 */
function checkRecord(
  key: Collection,
  item: unknown,
  index: number,
  problems: Problem[],
): object | null {
  const schema = COLLECTIONS[key];
  const result = v.safeParse(schema, item);
  if (result.success) return result.output;
  append(problems, toProblems(result.issues, [key, index]));
  if (result.issues.every(isOwnUnknownKey) && typeof item === 'object' && item !== null) {
    const known = Object.fromEntries(
      Object.entries(item).filter(([field]) => Object.hasOwn(schema.entries, field)),
    );
    const retry = v.safeParse(schema, known);
    if (retry.success) return retry.output;
  }
  return null;
}

/** An unknown key of the record itself, not of an object inside it. */
function isOwnUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  return isUnknownKey(issue) && issue.path?.length === 1;
}

/**
 * Why a record is skipped: its own problems (the ones its check just added, which is
 * why they are not searched for among all the file's), or that it does not match.
 */
function reasonFor(own: readonly Problem[]): Said[] {
  return own.length ? own.map((p) => p.said) : [{ key: 'noReason' }];
}

/** `more` added to `list`: one record's problems may be too many to spread into a call. */
function append<T>(list: T[], more: readonly T[]): void {
  for (const item of more) list.push(item);
}

function idOf(item: unknown): { id?: string } {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return { id: item.id };
  }
  return {};
}
