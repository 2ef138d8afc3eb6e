/**
 * A standalone SVG (the one a picture export writes) drawn onto a PDF page as vectors,
 * its primitives one by one: the timeline has only rects, lines, paths and texts, in
 * nested <svg>s, moved by `translate`, styled by presentation attributes and `style`.
 */
import {
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
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { STYLE } from './standalone';
import type { Fonts } from './pdfFonts';
import type { Weight } from './fonts';

export const colour = (hex: string): RGB => {
  const n = parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};
const paint = (value: string | undefined): RGB | null =>
  value && /^#[0-9a-f]{6}$/i.test(value) ? colour(value) : null;

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

export interface Viewport {
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
export function drawSvg(page: PDFPage, fonts: Fonts, root: SVGSVGElement, at: Viewport): void {
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

/** The weight a text is drawn in, from its own style or the nearest that says one. */
export function weightOf(text: Element): Weight {
  const weight = [...ancestors(text)].map((e) => ownStyle(e)['font-weight']).find(Boolean);
  return Number(weight ?? 400) >= 600 ? 700 : 400;
}

function* ancestors(el: Element): Generator<Element> {
  for (let e: Element | null = el; e; e = e.parentElement) yield e;
}
