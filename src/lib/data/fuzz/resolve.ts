/**
 * A problem's JSON path (`$.events[3].date`, `$.topics[0]["__proto__"]`), read back into
 * its keys and followed into the value it was found in, so a test can check that it
 * points where it says. Own properties only: an object's inherited `constructor` is no
 * place in a file.
 */
export type PathKey = string | number;

/** `$.events[3]["a b"]` -> `['events', 3, 'a b']`; throws on anything else. */
export function parsePath(path: string): PathKey[] {
  if (!path.startsWith('$')) throw new Error(`not a JSON path: ${path}`);
  const keys: PathKey[] = [];
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    const name = /^\.([A-Za-z_$][\w$]*)/.exec(rest);
    const index = /^\[(0|[1-9]\d*)\]/.exec(rest);
    if (name) {
      keys.push(name[1]!);
      i += name[0].length;
    } else if (index) {
      keys.push(Number(index[1]));
      i += index[0].length;
    } else if (rest.startsWith('["')) {
      // A JSON string: up to the first quote that no backslash escapes.
      const end = /^\["(?:[^"\\]|\\.)*"\]/s.exec(rest);
      if (!end) throw new Error(`unterminated key in ${path}`);
      keys.push(JSON.parse(end[0].slice(1, -1)) as string);
      i += end[0].length;
    } else throw new Error(`cannot read ${path} at ${i}`);
  }
  return keys;
}

export type Resolved = { found: true; value: unknown } | { found: false; depth: number };

/** What is at `keys` in `value`; or how many of the keys could be followed. */
export function resolve(value: unknown, keys: readonly PathKey[]): Resolved {
  let at = value;
  for (const [depth, key] of keys.entries()) {
    const here =
      typeof key === 'number'
        ? Array.isArray(at) && key < at.length
        : typeof at === 'object' && at !== null && !Array.isArray(at) && Object.hasOwn(at, key);
    if (!here) return { found: false, depth };
    at = (at as Record<PathKey, unknown>)[key];
  }
  return { found: true, value: at };
}
