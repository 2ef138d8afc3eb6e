/**
 * Whether a record's list names something twice: the same topic or person, or the same
 * source with the same quote. The page keys what it draws by these ids, so a repeat
 * must be found (and kept once, semantics.ts) before it gets there.
 */
import type { SourceRef } from './schema';

/** Lists this short are compared pair by pair: a set per event would cost more. */
const SHORT = 16;

/** Does any value of the list come twice? */
export function hasRepeat(list: readonly string[]): boolean {
  if (list.length < 2) return false;
  if (list.length > SHORT) return new Set(list).size !== list.length;
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return true;
  }
  return false;
}

/**
 * What makes two references one citation: the same source and the same quote. Two
 * quotes of one source are two citations; the same quote with another note is not.
 */
export function refKey(ref: SourceRef): string {
  return ref.quote === undefined ? ref.source : `${ref.source}\n${ref.quote}`;
}

/** Does any reference of the list cite what an earlier one cites? */
export function hasRepeatedRef(list: readonly SourceRef[]): boolean {
  if (list.length < 2) return false;
  if (list.length > SHORT) return hasRepeat(list.map(refKey));
  for (let i = 1; i < list.length; i++) {
    const { source, quote } = list[i]!;
    for (let j = 0; j < i; j++) {
      if (list[j]!.source === source && list[j]!.quote === quote) return true;
    }
  }
  return false;
}
