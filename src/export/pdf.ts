/**
 * A PDF with a page per stop: its heading, its picture drawn as vectors (pdfSvg.ts), the
 * stop's note and the sources it cites, titles and URLs (links), as text in Noto Sans JP
 * (pdfFonts.ts).
 */
import {
  PDFDocument,
  PDFName,
  PDFString,
  pushGraphicsState,
  popGraphicsState,
  rectangle,
  clip,
  endPath,
  type PDFPage,
} from 'pdf-lib';
import { fontkitForPdfLib } from './fontkit';
import type { FontFiles, Weight } from './fonts';
import { Fonts } from './pdfFonts';
import { colour, drawSvg, weightOf } from './pdfSvg';
import { wrapText } from '../lib/export/wrap';
import type { StopText } from './stops';

export interface Page {
  text: StopText;
  svg: SVGSVGElement;
}

/** A4 landscape, points. */
const A4 = [841.89, 595.28] as const;
const MARGIN = 36;
const INK = '#16181d';
const SOFT = '#4a5060';
const LINK = '#1f5fbf';

function link(doc: PDFDocument, page: PDFPage, url: string, [x, y, w, h]: number[]): void {
  const annotation = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x!, y!, x! + w!, y! + h!],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    }),
  );
  const annotations = page.node.lookup(PDFName.of('Annots'));
  if (annotations && 'push' in annotations)
    (annotations as { push(r: unknown): void }).push(annotation);
  else page.node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
}

interface Line {
  text: string;
  weight: Weight;
  size: number;
  color: string;
  url?: string;
  /** Space before it, points. */
  before: number;
}

/** The words under a page's picture, as lines of the page's width. */
function linesOf(
  text: StopText,
  fonts: Fonts,
  width: number,
  lang: string,
  heading: string,
): Line[] {
  const lines: Line[] = [];
  const add = (
    t: string,
    weight: Weight,
    size: number,
    color: string,
    before: number,
    url?: string,
  ) => {
    wrapText(t, width, (s) => fonts.width(weight, s, size), lang).forEach((line, i) =>
      lines.push({ text: line, weight, size, color, url, before: i ? 0 : before }),
    );
  };
  if (text.note) add(text.note, 400, 10, INK, 8);
  if (text.sources.length) {
    add(heading, 700, 9, INK, 8);
    for (const source of text.sources) {
      add(`${source.title} (${source.publisher})`, 400, 8.5, INK, 3);
      if (source.url) add(source.url, 400, 8, LINK, 0, source.url);
    }
  }
  return lines;
}

export async function makePdf(
  pages: Page[],
  files: FontFiles,
  {
    title,
    lang,
    sourcesHeading,
    stops,
  }: { title: string; lang: 'en' | 'ja'; sourcesHeading: string; stops: number },
): Promise<ArrayBuffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  doc.setTitle(title);
  doc.setLanguage(lang === 'ja' ? 'ja-JP' : 'en-US');
  doc.setCreator('Partnership Timeline');
  const fonts = new Fonts(doc, files);
  // Digits for the page numbers, a plain space for the spaces the font has no glyph for.
  const regular: string[] = [sourcesHeading, '0123456789 /'];
  const bold: string[] = [sourcesHeading, ' '];
  for (const { text, svg } of pages) {
    bold.push(text.heading);
    regular.push(text.note, ...text.sources.flatMap((s) => [s.title, s.publisher, s.url]));
    for (const t of svg.querySelectorAll('text')) {
      (weightOf(t) === 700 ? bold : regular).push(t.textContent ?? '');
    }
  }
  await Promise.all([fonts.load(400, regular.join('')), fonts.load(700, bold.join(''))]);

  const [W, H] = A4;
  const width = W - 2 * MARGIN;
  for (const { text, svg } of pages) {
    const page = doc.addPage([W, H]);
    let y = H - MARGIN;
    for (const line of wrapText(text.heading, width, (s) => fonts.width(700, s, 15), lang).slice(
      0,
      2,
    )) {
      y -= 18;
      fonts.draw(page, 700, line, MARGIN, y, 15, colour(INK));
    }
    y -= 10;
    const lines = linesOf(text, fonts, width, lang, sourcesHeading);
    const words = lines.reduce((h, l) => h + l.before + l.size * 1.35, 0);
    const vw = Number(svg.getAttribute('width'));
    const vh = Number(svg.getAttribute('height'));
    // The picture takes what the words leave, at least half the page's height.
    const room = Math.max(H * 0.5, y - MARGIN - words);
    const s = Math.min(width / vw, room / vh);
    const left = MARGIN + (width - vw * s) / 2;
    page.pushOperators(
      pushGraphicsState(),
      rectangle(left, y - vh * s, vw * s, vh * s),
      clip(),
      endPath(),
    );
    drawSvg(page, fonts, svg, { ox: left, oy: y, s, width: vw, height: vh });
    page.pushOperators(popGraphicsState());
    y -= vh * s;
    for (const line of lines) {
      y -= line.before + line.size * 1.35;
      if (y < MARGIN / 2) break;
      fonts.draw(page, line.weight, line.text, MARGIN, y, line.size, colour(line.color));
      if (line.url)
        link(doc, page, line.url, [
          MARGIN,
          y - 2,
          fonts.width(400, line.text, line.size),
          line.size + 3,
        ]);
    }
    if (text.stop !== null) {
      const label = `${text.stop} / ${stops}`;
      fonts.draw(
        page,
        400,
        label,
        W - MARGIN - fonts.width(400, label, 8),
        MARGIN / 2,
        8,
        colour(SOFT),
      );
    }
  }
  const bytes = await doc.save();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
