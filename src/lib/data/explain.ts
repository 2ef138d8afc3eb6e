/**
 * valibot's issues as problems of the file: each at its JSON path, saying which rule of
 * the format the value breaks (said.ts), so every language can put it in its own words.
 */
import type * as v from 'valibot';
import { problemAt, type Problem } from './problems';
import { RULES, type Rule, type Said } from './said';
import { parseEdtf } from '../time/edtf';

export function toProblems(
  issues: readonly v.BaseIssue<unknown>[],
  at: (string | number)[],
): Problem[] {
  const problems: Problem[] = [];
  const lists = new Set<string>();
  for (const issue of issues) {
    const path = issue.path ?? [];
    const keys = path.map((item) => item.key as string | number);
    // valibot reads a list where an object belongs as an object whose fields are "0",
    // "1"..., and says which fields it lacks: the fault is that it is a list, said once.
    const list = path.findIndex((item) => item.type === 'object' && Array.isArray(item.input));
    if (list < 0) {
      problems.push(problemAt([...at, ...keys], saidOf(issue, keys)));
      continue;
    }
    const inside = keys.slice(0, list);
    const name = inside.at(-1) ?? null;
    const problem = problemAt([...at, ...inside], { key: 'mustBe', name, expected: 'object' });
    if (!lists.has(problem.path)) problems.push(problem);
    lists.add(problem.path);
  }
  return problems;
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
  if (isUnknownKey(issue)) return { key: 'unknownKey', name };
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

/**
 * An unknown key of a strict object. valibot gives the same type to the issue of a
 * value that is no object at all (`"events": [42]`), which names what it expected.
 */
export function isUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}
