/**
 * How many problems a reader is shown one by one. A file whose 20,000 records are all
 * wrong has 20,000 problems or more: put in words and on a page, one by one, they cost
 * far more than checking them did, and no reader goes through them. So the first few
 * hundred are listed, and the rest are counted, one line per kind of problem: the first
 * of its kind that was not listed, and how many more of that kind follow it.
 */
import type { Problem } from './problems';
import type { Said } from './said';

/** Problems listed one by one; what follows is counted by kind. */
export const LISTED = 200;
/** Reasons given one by one for a skipped record (its problems are listed above it). */
export const REASONS = 5;

/**
 * The first `limit` items, then, for each kind among the rest (in the order they first
 * appear), its first item alone or, when more follow, its first item with their count.
 */
function summarise<T>(
  items: readonly T[],
  limit: number,
  kind: (item: T) => string,
  more: (first: T, count: number) => T,
): T[] {
  if (items.length <= limit) return items.slice();
  const kinds = new Map<string, { first: T; count: number }>();
  for (let i = limit; i < items.length; i++) {
    const item = items[i]!;
    const group = kinds.get(kind(item));
    if (group) group.count++;
    else kinds.set(kind(item), { first: item, count: 0 });
  }
  const rest = [...kinds.values()].map(({ first, count }) => (count ? more(first, count) : first));
  return [...items.slice(0, limit), ...rest];
}

const andMore = (like: Said, count: number): Said => ({ key: 'andMore', count, like });

/** The problems a reader is shown: the first `limit`, then the rest counted by kind. */
export function listed(problems: readonly Problem[], limit = LISTED): Problem[] {
  return summarise(
    problems,
    limit,
    (problem) => `${problem.severity} ${problem.said.key}`,
    (first, count) => ({ ...first, said: andMore(first.said, count) }),
  );
}

/** Why a record is skipped, as a reader is shown it: its first reasons, the rest counted. */
export function reasons(because: readonly Said[], limit = REASONS): Said[] {
  return summarise(because, limit, (said) => said.key, andMore);
}

/** How many problems the listed ones stand for. */
export function total(problems: readonly Problem[]): number {
  let n = 0;
  for (const problem of problems) n += problem.said.key === 'andMore' ? problem.said.count + 1 : 1;
  return n;
}
