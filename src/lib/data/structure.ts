/**
 * The structural pass: each record is checked against its schema on its own, so one bad
 * record costs only itself. A record whose only fault is a misspelt or unknown field at
 * its top level is kept without that field (the field is reported); any other fault,
 * including an unknown field inside a nested object, skips the record.
 *
 * Valid records, nearly all of them, pass the compiled fast check (accept.ts) and are
 * kept as they are. Saying why a record fails takes valibot (explain.ts), which a valid
 * file never needs: without an explainer, the pass stops at the first failure and says
 * it needs one.
 */
import type { InferOutput } from 'valibot';
import type { COLLECTIONS as SCHEMAS, Collection, Dataset } from './schema';
import type * as Explainer from './explain';
import { ACCEPT, COLLECTIONS, FIELDS } from './accept.generated';
import { jsonPath, problemAt as problem, type Problem, type Skipped } from './problems';
import { kindOf, type Said } from './said';

type Records = { [K in Collection]: InferOutput<(typeof SCHEMAS)[K]>[] };
export type Structured = Omit<Dataset, Collection> & Records;
export type Explain = typeof Explainer;

const COLLECTION_SET = new Set<string>(COLLECTIONS);
const HEADER_FIELDS = FIELDS.filter((key) => !COLLECTION_SET.has(key)) as Explainer.HeaderField[];
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
  return Object.fromEntries(COLLECTIONS.map((key) => [key, []])) as {
    [K in Collection]: never[];
  };
}

/**
 * The file's records, checked. Null when a value fails the fast check and no `explain`
 * was given: call again with it (`import('./explain')`).
 */
export function checkStructure(raw: unknown, explain: Explain): StructureResult;
export function checkStructure(raw: unknown, explain?: Explain): StructureResult | null;
export function checkStructure(raw: unknown, explain?: Explain): StructureResult | null {
  const problems: Problem[] = [];
  const skipped: Skipped[] = [];
  const positions: Positions = emptyLists();
  const data: Structured = { title: 'Untitled timeline', ...emptyLists() };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(problem([], { key: 'notObject', found: kindOf(raw) }));
    return { data, positions, problems, skipped };
  }
  const input = raw as Record<string, unknown>;
  const fields = new Set<string>(FIELDS);

  for (const key of Object.keys(input)) {
    if (!fields.has(key)) problems.push(problem([key], { key: 'unknownField', field: key }));
  }
  for (const key of REQUIRED) {
    if (!(key in input)) problems.push(problem([], { key: 'missingField', field: key }));
  }

  for (const key of HEADER_FIELDS) {
    if (!(key in input)) continue;
    if (ACCEPT[key](input[key])) {
      Object.assign(data, { [key]: input[key] });
      continue;
    }
    if (!explain) return null;
    const result = explain.explainField(key, input[key]);
    if (result.ok) Object.assign(data, { [key]: result.value });
    else problems.push(...result.problems);
  }

  for (const key of COLLECTIONS) {
    if (!(key in input)) continue;
    const list = input[key];
    if (!Array.isArray(list)) {
      problems.push(problem([key], { key: 'notList', field: key, found: kindOf(list) }));
      continue;
    }
    const accept = ACCEPT[key];
    const kept: object[] = [];
    for (let index = 0; index < list.length; index++) {
      const item: unknown = list[index];
      let record: object | null = accept(item) ? (item as object) : null;
      if (!record) {
        if (!explain) return null;
        record = explain.explainRecord(key, item, index, problems);
      }
      if (record) {
        kept.push(record);
        positions[key].push(index);
        continue;
      }
      skipped.push({
        path: jsonPath([key, index]),
        because: reasonFor(problems, [key, index]),
        ...idOf(item),
      });
    }
    Object.assign(data, { [key]: kept });
  }
  return { data, positions, problems, skipped };
}

/** Why a record is skipped: its own problems, or that it does not match the format. */
function reasonFor(problems: readonly Problem[], at: (string | number)[]): Said[] {
  const prefix = jsonPath(at);
  const own = problems.filter(
    (p) => p.path === prefix || p.path.startsWith(prefix + '.') || p.path.startsWith(prefix + '['),
  );
  return own.length ? own.map((p) => p.said) : [{ key: 'noReason' }];
}

function idOf(item: unknown): { id?: string } {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return { id: item.id };
  }
  return {};
}
