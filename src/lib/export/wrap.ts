/**
 * Lines of text no wider than a width, for what an export draws itself (a picture's
 * title, a PDF page's note and sources). Breaks fall between words as Intl.Segmenter
 * finds them, which knows Japanese, and inside a word only when it alone is too wide;
 * closing punctuation never starts a line (kinsoku), nor does it in English.
 */

/** The width of a text as it will be drawn, in the caller's units. */
export type TextWidth = (text: string) => number;

const NO_START = new Set([
  ...',.;:!?)]}、。，．・：；？！ー）」』】〕〉》’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々…',
]);

export function wrapText(text: string, width: number, measure: TextWidth, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const pieces = [...segmenter.segment(paragraph)].map((s) => s.segment);
    let line = '';
    for (let i = 0; i < pieces.length; i++) {
      let piece = pieces[i]!;
      while (i + 1 < pieces.length && NO_START.has(pieces[i + 1]![0]!)) piece += pieces[++i];
      if (measure(line + piece) <= width) {
        line += piece;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = piece.trimStart();
      // A word wider than the line is broken where it must be.
      while (line.length > 1 && measure(line) > width) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * At most `max` lines of the text; the last one ends with "…" when text was left out,
 * cut back until it fits with it.
 */
export function clampLines(
  text: string,
  width: number,
  measure: TextWidth,
  lang: string,
  max: number,
): string[] {
  const lines = wrapText(text, width, measure, lang);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && measure(`${last}…`) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}
