import type { SourceRef } from './schema';

/**
 * What makes two references one citation: the same source and the same quote. Two
 * quotes of one source are two citations; the same quote with another note is not.
 */
export function refKey(ref: SourceRef): string {
  return ref.quote === undefined ? ref.source : `${ref.source}\n${ref.quote}`;
}
