import type { Measure } from './measure';

/** After a sentence or what a colon ends: the first places to break a caption. */
const SENTENCE_END = /(?<=[:;] |。)/u;
/** After a clause, within one: a comma and its space, or a Japanese 、. */
const CLAUSE_END = /(?<=, |、)/u;

/** Pieces joined into as few lines of `width` as they fit, in order. */
function fill(pieces: string[], width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const longer = line + piece;
    if (line && measure(longer.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = piece;
    } else line = longer;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/**
 * A caption broken into lines that fit `width`, only ever at the end of a sentence or a
 * clause, and at a sentence's end first, so that each line reads as a phrase in English
 * and in Japanese alike. A clause wider than the width keeps a line of its own.
 */
export function wrapClauses(text: string, width: number, measure: Measure): string[] {
  return fill(text.split(SENTENCE_END), width, measure).flatMap((line) =>
    measure(line) > width ? fill(line.split(CLAUSE_END), width, measure) : [line],
  );
}
