/**
 * Why a record is not valid, in sentences: valibot runs here, and only here, on what the
 * compiled fast check (accept.generated.ts) said no to. A valid file never loads this
 * module; the app fetches it the first time a file has something to explain.
 */
import * as v from 'valibot';
import { COLLECTIONS, Dataset, type Collection } from './schema';
import { asSentence, jsonPath, type Problem } from './problems';

/** The top-level fields that are not record lists. */
export type HeaderField = Exclude<keyof typeof Dataset.entries, Collection>;

/**
 * A header field's value as valibot returns it, or its problems. `at` is the field's
 * path in the file.
 */
export function explainField(
  key: HeaderField,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  const result = v.safeParse(Dataset.entries[key], value);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problems: toProblems(result.issues, [key]) };
}

/**
 * Record `index` of list `key`, as it can be kept, or null; its problems go into
 * `problems`. A record whose only fault is an unknown field at its top level is kept
 * without that field.
 */
export function explainRecord(
  key: Collection,
  item: unknown,
  index: number,
  problems: Problem[],
): object | null {
  const schema = COLLECTIONS[key];
  const result = v.safeParse(schema, item);
  if (result.success) return result.output;
  problems.push(...toProblems(result.issues, [key, index]));
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

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
