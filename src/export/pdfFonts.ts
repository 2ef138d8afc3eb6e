/**
 * Noto Sans JP for a PDF: each slice of the font that the document's text needs,
 * embedded once as a subset, and each character drawn in the slice that holds it.
 */
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { FontFiles, SLICES, urlOf, type Weight } from './fonts';
import { sliceOf } from '../lib/export/slices';

export class Fonts {
  #doc: PDFDocument;
  #files: FontFiles;
  #fonts = new Map<string, PDFFont>();

  constructor(doc: PDFDocument, files: FontFiles) {
    this.#doc = doc;
    this.#files = files;
  }

  async load(weight: Weight, text: string): Promise<void> {
    const needed = new Set<string>();
    for (const char of new Set(text)) {
      const slice = sliceOf(SLICES, char.codePointAt(0)!);
      const url = slice && urlOf(slice, weight);
      if (url && !this.#fonts.has(url)) needed.add(url);
    }
    await Promise.all(
      [...needed].map(async (url) => {
        const bytes = await this.#files.bytes(url);
        this.#fonts.set(url, await this.#doc.embedFont(bytes, { subset: true }));
      }),
    );
  }

  #glyphs = new Map<PDFFont, Set<number>>();

  /** The embedded font that draws a character, if one does. */
  #fontOf(weight: Weight, char: string): PDFFont | undefined {
    const cp = char.codePointAt(0)!;
    const slice = sliceOf(SLICES, cp);
    const font = slice && this.#fonts.get(urlOf(slice, weight) ?? '');
    if (!font) return undefined;
    let glyphs = this.#glyphs.get(font);
    if (!glyphs) this.#glyphs.set(font, (glyphs = new Set(font.getCharacterSet())));
    return glyphs.has(cp) ? font : undefined;
  }

  /**
   * The text cut into runs of one font each. A space the font has no glyph for (the thin
   * space around a range's dash) is drawn as a plain one; any other character no slice
   * draws is left out, rather than drawn as a box.
   */
  runs(weight: Weight, text: string): { text: string; font: PDFFont }[] {
    const runs: { text: string; font: PDFFont }[] = [];
    for (let char of text) {
      let font = this.#fontOf(weight, char);
      if (!font && /\s/.test(char)) font = this.#fontOf(weight, (char = ' '));
      if (!font) continue;
      const last = runs.at(-1);
      if (last?.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  width(weight: Weight, text: string, size: number): number {
    return this.runs(weight, text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  draw(
    page: PDFPage,
    weight: Weight,
    text: string,
    x: number,
    y: number,
    size: number,
    color: RGB,
    opacity = 1,
  ): void {
    for (const run of this.runs(weight, text)) {
      page.drawText(run.text, { x, y, size, font: run.font, color, opacity });
      x += run.font.widthOfTextAtSize(run.text, size);
    }
  }
}
