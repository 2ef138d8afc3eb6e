/**
 * A PDF with a page per stop: its heading, its picture drawn as vectors (the same
 * standalone SVG a picture export writes, its primitives drawn here one by one: the
 * timeline has only rects, lines, paths and texts, in nested <svg>s), the stop's note and
 * the sources it cites, titles and URLs (links), as text in Noto Sans JP. Each slice of
 * the font that the document's text needs is embedded once, as a subset; each character
 * is drawn in the slice that holds it.
 */
import {
  PDFDocument,
  PDFName,
  PDFString,
  rgb,
  pushGraphicsState,
  popGraphicsState,
  rectangle,
  clip,
  endPath,
  setTextRenderingMode,
  TextRenderingMode,
  setLineWidth,
  setStrokingRgbColor,
  setLineJoin,
  LineJoinStyle,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { fontkitForPdfLib } from './fontkit';
import { STYLE } from './standalone';
import { FontFiles, SLICES, urlOf, type Weight } from './fonts';
import { sliceOf } from '../lib/export/slices';
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

const colour = (hex: string): RGB => {
  const n = parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};
const paint = (value: string | undefined): RGB | null =>
  value && /^#[0-9a-f]{6}$/i.test(value) ? colour(value) : null;

class Fonts {
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

type Style = Record<string, string>;
const INHERITED = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'text-anchor',
]);
const PRESENTATION = ['fill', 'stroke', 'stroke-width', 'text-anchor', 'font-size', 'font-weight'];

function ownStyle(el: Element): Style {
  const style: Style = {};
  for (const a of PRESENTATION) {
    const v = el.getAttribute(a);
    if (v !== null) style[a] = v;
  }
  for (const d of (el.getAttribute(STYLE) ?? '').split(';')) {
    const i = d.indexOf(':');
    if (i > 0) style[d.slice(0, i).trim()] = d.slice(i + 1).trim();
  }
  return style;
}

interface Viewport {
  /** Where the user space's origin is on the page, points (PDF's y runs up). */
  ox: number;
  oy: number;
  /** Points per user unit. */
  s: number;
  /** The viewBox's size, for percentages. */
  width: number;
  height: number;
}

/** Draws a standalone SVG's primitives onto the page, its top left at (x, top), `s` points per px. */
function drawSvg(page: PDFPage, fonts: Fonts, root: SVGSVGElement, at: Viewport): void {
  const walk = (el: Element, inherited: Style, outer: Viewport) => {
    const tag = el.localName;
    const vp = translated(el, outer);
    if (['defs', 'title', 'desc', 'mask', 'linearGradient', 'style', 'clipPath'].includes(tag))
      return;
    const own = ownStyle(el);
    const st: Style = { ...inherited, ...own };
    const opacity = Number(own.opacity ?? 1);
    if (own.visibility === 'hidden' || own.display === 'none') return;
    const num = (a: string, of: number) => {
      const v = el.getAttribute(a) ?? '0';
      return v.endsWith('%') ? (parseFloat(v) / 100) * of : parseFloat(v) || 0;
    };
    if (tag === 'svg' && el !== root) {
      const [x, y, w, h] = [
        num('x', vp.width),
        num('y', vp.height),
        num('width', vp.width),
        num('height', vp.height),
      ];
      const [vx = 0, vy = 0, vw = w, vh = h] = (el.getAttribute('viewBox') ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      const s = vp.s * (w / vw);
      page.pushOperators(
        pushGraphicsState(),
        rectangle(vp.ox + x * vp.s, vp.oy - (y + h) * vp.s, w * vp.s, h * vp.s),
        clip(),
        endPath(),
      );
      const inner = {
        ox: vp.ox + x * vp.s - vx * s,
        oy: vp.oy - y * vp.s + vy * s,
        s,
        width: vw,
        height: vh,
      };
      for (const kid of el.children) walk(kid, pick(st), inner);
      page.pushOperators(popGraphicsState());
      return;
    }
    const fill = st.fill === undefined ? colour('#000000') : paint(st.fill);
    const stroke = paint(st.stroke);
    const strokeWidth = parseFloat(st['stroke-width'] ?? '1');
    let d: string | null = null;
    if (tag === 'rect') {
      const [x, y, w, h] = [
        num('x', vp.width),
        num('y', vp.height),
        num('width', vp.width),
        num('height', vp.height),
      ];
      const r = Math.min(
        parseFloat(el.getAttribute('rx') ?? el.getAttribute('ry') ?? '0') || 0,
        w / 2,
        h / 2,
      );
      d =
        r > 0
          ? `M${x + r},${y}H${x + w - r}A${r},${r} 0 0 1 ${x + w},${y + r}V${y + h - r}A${r},${r} 0 0 1 ${x + w - r},${y + h}H${x + r}A${r},${r} 0 0 1 ${x},${y + h - r}V${y + r}A${r},${r} 0 0 1 ${x + r},${y}Z`
          : `M${x},${y}H${x + w}V${y + h}H${x}Z`;
    } else if (tag === 'line') {
      d = `M${num('x1', vp.width)},${num('y1', vp.height)}L${num('x2', vp.width)},${num('y2', vp.height)}`;
    } else if (tag === 'path') {
      d = el.getAttribute('d');
    }
    if (d) {
      const dash = st['stroke-dasharray'];
      const filled = tag !== 'line' && fill;
      if (!filled && !stroke) return;
      page.drawSvgPath(d, {
        x: vp.ox,
        y: vp.oy,
        scale: vp.s,
        color: filled ? fill : undefined,
        opacity: Number(st['fill-opacity'] ?? 1) * opacity,
        borderColor: stroke ?? undefined,
        borderWidth: stroke ? strokeWidth : 0,
        borderOpacity: Number(st['stroke-opacity'] ?? 1) * opacity,
        borderDashArray:
          dash && dash !== 'none' ? dash.split(/[\s,]+/).map((v) => parseFloat(v)) : undefined,
        borderLineCap: st['stroke-linecap'] === 'round' ? 1 : undefined,
      });
      return;
    }
    if (tag === 'text') {
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE || (n as Element).localName === 'tspan')
        .map((n) => n.textContent ?? '')
        .join('');
      if (!text.trim()) return;
      const size = parseFloat(st['font-size'] ?? '12') * vp.s;
      const weight: Weight = Number(st['font-weight'] ?? 400) >= 600 ? 700 : 400;
      let x = vp.ox + num('x', vp.width) * vp.s;
      const y = vp.oy - num('y', vp.height) * vp.s;
      const anchor = st['text-anchor'];
      if (anchor === 'middle' || anchor === 'end')
        x -= fonts.width(weight, text, size) / (anchor === 'middle' ? 2 : 1);
      if (fill) {
        fonts.draw(page, weight, text, x, y, size, fill, Number(st['fill-opacity'] ?? 1) * opacity);
      } else if (stroke) {
        // A halo: the glyphs' outlines, stroked, under the text drawn after it.
        page.pushOperators(
          pushGraphicsState(),
          setTextRenderingMode(TextRenderingMode.Outline),
          setLineWidth(strokeWidth * vp.s),
          setStrokingRgbColor(stroke.red, stroke.green, stroke.blue),
          setLineJoin(LineJoinStyle.Round),
        );
        fonts.draw(page, weight, text, x, y, size, stroke);
        page.pushOperators(popGraphicsState());
      }
      return;
    }
    for (const kid of el.children) walk(kid, pick(st), vp);
  };
  walk(root, {}, at);
}

/**
 * The viewport inside an element moved by `transform="translate(x y)"`, the one
 * transform the timeline draws with (each mark is moved to its place by it).
 */
function translated(el: Element, vp: Viewport): Viewport {
  const move = /^\s*translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)\s*$/.exec(
    el.getAttribute('transform') ?? '',
  );
  if (!move) return vp;
  return { ...vp, ox: vp.ox + Number(move[1]) * vp.s, oy: vp.oy - Number(move[2] ?? 0) * vp.s };
}

function pick(style: Style): Style {
  return Object.fromEntries(Object.entries(style).filter(([k]) => INHERITED.has(k)));
}

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
      const weight = [...ancestors(t)].map((e) => ownStyle(e)['font-weight']).find(Boolean);
      (Number(weight ?? 400) >= 600 ? bold : regular).push(t.textContent ?? '');
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

function* ancestors(el: Element): Generator<Element> {
  for (let e: Element | null = el; e; e = e.parentElement) yield e;
}
