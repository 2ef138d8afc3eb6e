/**
 * The whole path from the text of an events file to the checked records, used alike by
 * the app, the `npm run validate` command and the tests.
 */
import { readJson } from './read';
import { checkStructure, type Explain, type StructureResult } from './structure';
import { checkMeaning, type Checked } from './semantics';
import type { Problem, Skipped } from './problems';

export interface LoadResult {
  /** Every record that could be kept; null only when the text is not an object at all. */
  data: Checked | null;
  problems: Problem[];
  skipped: Skipped[];
}

export async function loadText(text: string, byteLength?: number): Promise<LoadResult> {
  const read = readJson(text, byteLength);
  if (!read.ok) return { data: null, problems: [read.problem], skipped: [] };
  return loadValue(read.value);
}

/**
 * The records of `value` become the checked records, completed in place (copying
 * 100,000 of them costs more than checking them): pass a value that is yours to give.
 * What only a file with faults needs, to say what they are, is fetched when one has them.
 */
export async function loadValue(value: unknown): Promise<LoadResult> {
  const structure = checkStructure(value) ?? checkStructure(value, await import('./explain'));
  return finish(value, structure);
}

/** `loadText` with the explainer already in hand (`import * as explain from './explain'`). */
export function checkText(text: string, explain: Explain, byteLength?: number): LoadResult {
  const read = readJson(text, byteLength);
  if (!read.ok) return { data: null, problems: [read.problem], skipped: [] };
  return checkValue(read.value, explain);
}

/** `loadValue` with the explainer already in hand. */
export function checkValue(value: unknown, explain: Explain): LoadResult {
  return finish(value, checkStructure(value, explain));
}

function finish(value: unknown, structure: StructureResult): LoadResult {
  const { data, positions, problems, skipped } = structure;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { data: null, problems, skipped };
  }
  return { data: checkMeaning(data, positions, problems, skipped), problems, skipped };
}
