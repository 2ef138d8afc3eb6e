/**
 * The structural pass: each record is checked against its schema on its own, so one bad
 * record costs only itself. A record whose only fault is a misspelt or unknown field at
 * its top level is kept without that field (the field is reported); any other fault,
 * including an unknown field inside a nested object, skips the record.
 */
import * as v from 'valibot';
import { COLLECTIONS, Dataset, type Collection } from './schema';
import { accepter } from './accept';
import { asSentence, jsonPath, type Problem, type Skipped } from './problems';

type Records = { [K in Collection]: v.InferOutput<(typeof COLLECTIONS)[K]>[] };
export type Structured = Omit<v.InferOutput<typeof Dataset>, Collection> & Records;

const HEADER_KEYS = ['$schema', 'title', 'description', 'asOf', 'languages'] as const;
const REQUIRED = new Set<string>(['title', 'sources', 'topics', 'events']);

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
  const entries = Object.keys(COLLECTIONS).map((key) => [key, []]);
  return Object.fromEntries(entries) as { [K in Collection]: never[] };
}

export function checkStructure(raw: unknown): StructureResult {
  const problems: Problem[] = [];
  const skipped: Skipped[] = [];
  const positions: Positions = emptyLists();
  const data: Structured = { title: 'Untitled timeline', ...emptyLists() };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({
      path: '$',
      message: `The file holds ${describe(raw)}; it should hold a JSON object with "title", "sources", "topics" and "events".`,
      severity: 'error',
    });
    return { data, positions, problems, skipped };
  }
  const input = raw as Record<string, unknown>;
  const shape = Dataset.entries;

  for (const key of Object.keys(input)) {
    if (!(key in shape)) {
      problems.push({
        path: jsonPath([key]),
        message: `"${key}" is not a field of an events file.`,
        severity: 'error',
      });
    }
  }
  for (const key of REQUIRED) {
    if (!(key in input)) {
      problems.push({ path: '$', message: `The file has no "${key}".`, severity: 'error' });
    }
  }

  for (const key of HEADER_KEYS) {
    if (!(key in input)) continue;
    if (accepter(shape[key])(input[key])) {
      Object.assign(data, { [key]: input[key] });
      continue;
    }
    const result = v.safeParse(shape[key], input[key]);
    if (result.success) Object.assign(data, { [key]: result.output });
    else problems.push(...toProblems(result.issues, [key]));
  }

  for (const key of Object.keys(COLLECTIONS) as Collection[]) {
    if (!(key in input)) continue;
    const list = input[key];
    if (!Array.isArray(list)) {
      problems.push({
        path: jsonPath([key]),
        message: `"${key}" must be a list, not ${describe(list)}.`,
        severity: 'error',
      });
      continue;
    }
    const kept: object[] = [];
    list.forEach((item, index) => {
      const record = checkRecord(key, item, index, problems);
      if (record) {
        kept.push(record);
        positions[key].push(index);
        return;
      }
      skipped.push({
        path: jsonPath([key, index]),
        reason: reasonFor(problems, [key, index]),
        ...idOf(item),
      });
    });
    Object.assign(data, { [key]: kept });
  }
  return { data, positions, problems, skipped };
}

function checkRecord(
  key: Collection,
  item: unknown,
  index: number,
  problems: Problem[],
): object | null {
  const schema = COLLECTIONS[key];
  // Valid records, nearly all of them, are kept as they are: see accept.ts.
  if (accepter(schema)(item)) return item as object;
  const result = v.safeParse(schema, item);
  if (result.success) return result.output;
  const at = [key, index];
  problems.push(...toProblems(result.issues, at));
  // Unknown fields are mistakes worth reporting, but not worth losing the record over.
  if (result.issues.every(isUnknownKey) && typeof item === 'object' && item !== null) {
    const known = Object.fromEntries(
      Object.entries(item).filter(([field]) => field in schema.entries),
    );
    const retry = v.safeParse(schema, known);
    if (retry.success) return retry.output;
  }
  return null;
}

function isUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.path?.length === 1;
}

function toProblems(issues: readonly v.BaseIssue<unknown>[], at: (string | number)[]): Problem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const path = jsonPath([...at, ...keys]);
    return { path, message: sentence(issue, keys), severity: 'error' as const };
  });
}

/** valibot's own names for what it expected, as a sentence says them. */
const EXPECTED: Record<string, string> = {
  string: 'a string',
  Array: 'a list',
  Object: 'an object',
};

function sentence(issue: v.BaseIssue<unknown>, keys: (string | number)[]): string {
  const field = keys.at(-1);
  // An item of a list is named by its path already: its index is no name for it.
  const name =
    field === undefined ? 'This record' : typeof field === 'number' ? 'This item' : `"${field}"`;
  if (issue.type === 'strict_object' && issue.input !== undefined) {
    return `${name} is not a known field here; check its spelling.`;
  }
  if (issue.input === undefined && issue.kind === 'schema') return `${name} is required.`;
  const shown = typeof issue.input === 'string' ? ` ("${truncate(issue.input)}")` : '';
  // valibot's own messages ("Invalid type: ...") become what the value must be.
  if (issue.message.startsWith('Invalid ')) {
    const expected = (issue.expected && EXPECTED[issue.expected]) ?? 'valid';
    return `${name}${shown} must be ${expected}.`;
  }
  // Messages that are already whole sentences (from the EDTF parser) stand on their own.
  if (/^["A-Z]/.test(issue.message)) return asSentence(issue.message);
  return `${name}${shown} ${issue.message}.`.replace(/\.\.$/, '.');
}

function reasonFor(problems: readonly Problem[], at: (string | number)[]): string {
  const prefix = jsonPath(at);
  const own = problems.filter(
    (p) => p.path === prefix || p.path.startsWith(prefix + '.') || p.path.startsWith(prefix + '['),
  );
  return own.map((p) => p.message).join(' ') || 'It does not match the format.';
}

function idOf(item: unknown): { id?: string } {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return { id: item.id };
  }
  return {};
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
