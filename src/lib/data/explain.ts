/**
 * Why a record is not valid, in sentences: valibot runs here, and only here, on what the
 * compiled fast check (accept.generated.ts) said no to. A valid file never loads this
 * module; the app fetches it the first time a file has something to explain.
 */
import * as v from 'valibot';
import { COLLECTIONS, Dataset, type Collection } from './schema';
import { problemAt, type Problem } from './problems';
import { RULES, type Rule, type Said } from './said';
import { parseEdtf } from '../time/edtf';

/** The top-level fields that are not record lists. */
export type HeaderField = Exclude<keyof typeof Dataset.entries, Collection>;

/** A header field's value as valibot returns it, or its problems. */
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
    return problemAt([...at, ...keys], saidOf(issue, keys));
  });
}

/** valibot's own names for what it expected, as a problem says them. */
const EXPECTED: Record<string, 'string' | 'list' | 'object'> = {
  string: 'string',
  Array: 'list',
  Object: 'object',
};

const RULE_SET = new Set<string>(RULES);

function saidOf(issue: v.BaseIssue<unknown>, keys: (string | number)[]): Said {
  // An item of a list is named by its path already: its index is no name for it.
  const name = keys.at(-1) ?? null;
  if (issue.type === 'strict_object' && issue.input !== undefined) {
    return { key: 'unknownKey', name };
  }
  if (issue.input === undefined && issue.kind === 'schema') return { key: 'required', name };
  const shown = typeof issue.input === 'string' ? { shown: truncate(issue.input) } : {};
  // An EDTF date says what exactly is wrong with it ("2022-13" is not a valid month).
  if (issue.message === 'edtf' && typeof issue.input === 'string') {
    const parsed = parseEdtf(issue.input);
    if (!parsed.ok) return parsed.fault;
  }
  // The format's own rules (schema.ts) are named by their messages; valibot's own
  // messages ("Invalid type: ...") become what the value must be.
  if (RULE_SET.has(issue.message)) {
    return { key: 'rule', name, ...shown, rule: issue.message as Rule };
  }
  const expected = (issue.expected ? EXPECTED[issue.expected] : undefined) ?? null;
  return { key: 'mustBe', name, ...shown, expected };
}

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
