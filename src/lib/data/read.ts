/**
 * From the bytes of a file to a JSON value, with messages a person can act on: an empty
 * file, a file too large to be an events file, and JSON syntax errors with line and column.
 */
import type { Problem } from './problems';
import { jsonErrorOffset } from './jsonError';
import { MAX_BYTES } from './limits';

export type ReadResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

const fail = (message: string): ReadResult => ({
  ok: false,
  problem: { path: '$', message, severity: 'error' },
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
  if (bytes > MAX_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    return fail(`The file is ${mb(bytes)}; an events file may be at most ${mb(MAX_BYTES)}.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('The file is empty: it should hold a JSON object.');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return fail(`The file is not valid JSON${locate(body)}.`);
  }
}

/** Line and column of the first error, and what was found there. */
function locate(text: string): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return '';
  if (at >= text.length) return ': it ends before the JSON is complete';
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const found = text.slice(at, at + 12).split('\n')[0] ?? '';
  return `: unexpected ${found ? JSON.stringify(found) : 'line break'} at line ${line}, column ${column}`;
}
