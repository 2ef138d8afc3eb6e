/**
 * From the bytes of a file to a JSON value, with messages a person can act on: an empty
 * file, a file too large to be an events file, and JSON syntax errors with line and column.
 */
import type { Problem } from './problems';
import type { Said } from './said';
import { jsonErrorOffset } from './jsonError';
import { MAX_BYTES } from './limits';

export type ReadResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

const fail = (said: Said): ReadResult => ({
  ok: false,
  problem: { path: '$', said, severity: 'error' },
});

/**
 * `byteLength` is the file's size when the caller knows it. Otherwise it is measured, but
 * only when the text could be over the limit: a UTF-16 unit is at most 3 UTF-8 bytes, and
 * encoding a 30 MB file just to learn it is small costs real time on load.
 */
export function readJson(text: string, byteLength?: number): ReadResult {
  const bytes =
    byteLength ??
    (text.length * 3 > MAX_BYTES ? new TextEncoder().encode(text).length : text.length);
  if (bytes > MAX_BYTES) return fail({ key: 'tooLarge', bytes, max: MAX_BYTES });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ key: 'empty' });
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return fail(locate(body));
  }
}

/** Line and column of the first error, and what was found there. */
function locate(text: string): Said {
  const at = jsonErrorOffset(text);
  if (at < 0) return { key: 'notJson' };
  if (at >= text.length) return { key: 'notJson', end: true };
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const found = text.slice(at, at + 12).split('\n')[0] ?? '';
  return { key: 'notJson', line, column, found };
}
