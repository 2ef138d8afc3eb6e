/**
 * The whole path from the text of an events file to the checked records, used alike by
 * the app, the `npm run validate` command and the tests.
 */
import { readJson } from './read';
import { checkStructure } from './structure';
import { checkMeaning, type Checked } from './semantics';
import type { Problem, Skipped } from './problems';

export interface LoadResult {
  /** Every record that could be kept; null only when the text is not an object at all. */
  data: Checked | null;
  problems: Problem[];
  skipped: Skipped[];
}

export function loadText(text: string, byteLength?: number): LoadResult {
  const read = readJson(text, byteLength);
  if (!read.ok) return { data: null, problems: [read.problem], skipped: [] };
  return loadValue(read.value);
}

export function loadValue(value: unknown): LoadResult {
  const { data, positions, problems, skipped } = checkStructure(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { data: null, problems, skipped };
  }
  return { data: checkMeaning(data, positions, problems, skipped), problems, skipped };
}
