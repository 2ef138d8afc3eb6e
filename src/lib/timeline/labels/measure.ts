/**
 * How wide a mark's label is, px. Every decision about a label (the room the lanes keep
 * for it, where it is cut, which labels give way to a raised one) asks the same
 * `Measure`, so that they agree: the page gives one that measures the text in its own
 * fonts (state/measure.ts); where there is no browser, `estimateWidth` stands in.
 */
export type Measure = (text: string, bold?: boolean) => number;

/** How much wider a bold label is than its regular weight, by the estimate. */
const BOLD = 1.15;

/**
 * A width without measuring text: ~7 px per Latin character, ~13 px per CJK or
 * full-width one, at the labels' 12.5 px. A code point past U+FFFF counts once.
 */
export const estimateWidth: Measure = (text, bold = false) => {
  let width = 0;
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60) ||
      c >= 0x20000;
    width += wide ? 13 : 7;
  }
  return bold ? width * BOLD : width;
};
