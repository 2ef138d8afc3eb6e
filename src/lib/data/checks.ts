/**
 * Functions the format's schemas check with (`v.check`), in a module of their own: the
 * compiled fast check (accept.generated.ts) imports them rather than copying their text.
 */

/** A language map with at least one language in it. */
export function hasEntries(map: Record<string, string>): boolean {
  for (const key in map) if (Object.prototype.hasOwnProperty.call(map, key)) return true;
  return false;
}
