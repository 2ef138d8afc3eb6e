/**
 * A live, CSS-styled <svg> as a standalone copy: each element carries the computed values
 * of what paints it (CSS variables, light-dark() and color-mix() resolved, colours as
 * #rrggbb with their alpha as an opacity, which old renderers need), nothing of the page
 * (classes, ARIA, handlers, comments), its ids prefixed so two copies can share a page.
 * Renderers other than browsers get what they can draw (`compat`): a label's halo drawn
 * with `paint-order` becomes a stroked copy under the text (LibreOffice paints the stroke
 * over the glyphs), and a mask in objectBoundingBox units one userSpaceOnUse mask per
 * element (Inkscape and librsvg draw nothing of the first).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** [property, inherited] */
const PROPS: readonly (readonly [string, boolean])[] = [
  ['fill', true],
  ['fill-opacity', true],
  ['fill-rule', true],
  ['stroke', true],
  ['stroke-width', true],
  ['stroke-opacity', true],
  ['stroke-dasharray', true],
  ['stroke-dashoffset', true],
  ['stroke-linecap', true],
  ['stroke-linejoin', true],
  ['stroke-miterlimit', true],
  ['paint-order', true],
  ['opacity', false],
  ['visibility', true],
  ['mask', false],
  ['clip-path', false],
  ['stop-color', false],
  ['stop-opacity', false],
  ['font-family', true],
  ['font-size', true],
  ['font-weight', true],
  ['font-style', true],
  ['letter-spacing', true],
  ['text-anchor', true],
  ['dominant-baseline', true],
  ['text-decoration-line', false],
];
/** Where a colour's alpha goes. */
const ALPHA: Record<string, string> = {
  fill: 'fill-opacity',
  stroke: 'stroke-opacity',
  'stop-color': 'stop-opacity',
};
/** url() references: attributes, which every renderer reads, not CSS, which some warn on. */
const AS_ATTRIBUTE = new Set(['mask', 'clip-path']);
/** The page's own attributes; a mark keeps its event's id, which hosts and tests read. */
const DROP = /^(class|style|tabindex|role|focusable|data-(?!event-id$).*|aria-.*|on.*)$/;

/**
 * Where a copy holds the styles written into it until it is written out (`withStyles`):
 * the page's Content-Security-Policy refuses a style attribute set by script, even on an
 * element no one sees, as it should; in the file, they are the file's own.
 */
export const STYLE = 'data-export-style';

/**
 * A copy's markup with its styles as style attributes. Only inside a tag: the serializer
 * writes no bare `<` or `>` in text or in attribute values, nor a bare `"` in a value.
 */
export const withStyles = (markup: string): string =>
  markup.replace(new RegExp(`(<[^<>]*) ${STYLE}="`, 'g'), '$1 style="');

let colourContext: OffscreenCanvasRenderingContext2D | null = null;

/** A computed CSS colour as [#rrggbb, alpha]; null for none, url() and the like. */
export function toHex(value: string): [string, number] | null {
  if (!value || value === 'none' || value.startsWith('url(')) return null;
  let rgb: number[];
  let alpha: number;
  const fraction = (v: string | undefined) =>
    v === undefined ? 1 : v.endsWith('%') ? parseFloat(v) / 100 : Number(v);
  let m = value.match(
    /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/,
  );
  if (m) {
    rgb = [m[1], m[2], m[3]].map(Number);
    alpha = fraction(m[4]);
  } else if (
    (m = value.match(
      /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/,
    ))
  ) {
    rgb = [m[1], m[2], m[3]].map((v) => Math.min(255, Math.max(0, Number(v) * 255)));
    alpha = fraction(m[4]);
  } else {
    // Any other notation (oklch(), a name): a 1 x 1 canvas converts it.
    colourContext ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
    if (!colourContext) return null;
    colourContext.clearRect(0, 0, 1, 1);
    colourContext.fillStyle = value;
    colourContext.fillRect(0, 0, 1, 1);
    const d = colourContext.getImageData(0, 0, 1, 1).data;
    rgb = [d[0]!, d[1]!, d[2]!];
    alpha = d[3]! / 255;
  }
  const hex = rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  return [`#${hex}`, alpha];
}

const initials = new Map<string, Record<string, string>>();

/** Initial values: a bare element of the same kind in a bare <svg> of this document. */
function initialStyles(tag: string): Record<string, string> {
  const known = initials.get(tag);
  if (known) return known;
  const host = document.createElementNS(SVG_NS, 'svg');
  host.setAttribute('width', '0');
  host.setAttribute('height', '0');
  host.classList.add('export-probe');
  const el = document.createElementNS(SVG_NS, tag);
  host.append(el);
  document.body.append(host);
  const cs = getComputedStyle(el);
  const values = Object.fromEntries(PROPS.map(([p]) => [p, cs.getPropertyValue(p)]));
  host.remove();
  initials.set(tag, values);
  return values;
}

export interface StandaloneOptions {
  /** Prefix for ids, so that several copies can share a page. */
  idPrefix: string;
  /** The font family every text is drawn in. */
  fontFamily: string;
}

/** A copy of `svg`, styles inlined, ids prefixed, for one renderer or another. */
export function standalone(svg: SVGSVGElement, { idPrefix, fontFamily }: StandaloneOptions) {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const boxes = new Map<Element, string>();

  const walk = (src: Element, dst: Element, parent: Record<string, string> | null) => {
    const cs = getComputedStyle(src);
    if (cs.display === 'none') {
      dst.remove();
      return;
    }
    const initial = initialStyles(src.localName);
    const values: Record<string, string> = {};
    const declarations: string[] = [];
    for (const [p, inherited] of PROPS) {
      const v = p === 'font-family' ? fontFamily : cs.getPropertyValue(p);
      values[p] = v;
      if (v === (inherited && parent ? parent[p] : initial[p])) continue;
      const alphaOf = ALPHA[p];
      const hex = alphaOf ? toHex(v) : null;
      if (alphaOf && hex) {
        declarations.push(`${p}:${hex[0]}`);
        const own = Number(cs.getPropertyValue(alphaOf)) || 1;
        if (hex[1] < 1) declarations.push(`${alphaOf}:${+(own * hex[1]).toFixed(4)}`);
        continue;
      }
      if (Object.values(ALPHA).includes(p) && declarations.some((d) => d.startsWith(`${p}:`)))
        continue;
      if (AS_ATTRIBUTE.has(p)) {
        dst.setAttribute(p, v.replaceAll('"', "'"));
        continue;
      }
      declarations.push(`${p}:${v.replaceAll('"', "'")}`);
    }
    for (const a of [...dst.attributes]) if (DROP.test(a.name)) dst.removeAttribute(a.name);
    if (values.mask !== 'none' && src instanceof SVGGraphicsElement) {
      const b = src.getBBox();
      const sw = parseFloat(cs.strokeWidth) || 0;
      boxes.set(dst, [b.x - sw, b.y - sw, b.width + 2 * sw, b.height + 2 * sw].join(' '));
    }
    if (declarations.length) dst.setAttribute(STYLE, declarations.join(';'));
    const kids = [...dst.children];
    [...src.children].forEach((k, i) => kids[i] && walk(k, kids[i], values));
  };
  walk(svg, clone, null);

  prefixIds(clone, idPrefix);
  splitHalos(clone);
  userSpaceMasks(clone, boxes, idPrefix);
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const node of dead) node.parentNode?.removeChild(node);
  return clone;
}

function prefixIds(root: Element, prefix: string) {
  const ids = new Set([...root.querySelectorAll('[id]')].map((e) => e.id));
  for (const el of root.querySelectorAll('[id]')) el.id = prefix + el.id;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      let v = a.value;
      if ((a.name === 'href' || a.name === 'xlink:href') && v.startsWith('#'))
        v = ids.has(v.slice(1)) ? `#${prefix}${v.slice(1)}` : '';
      // A reference to anything outside: gone, so the copy stands alone.
      v = v.replace(/url\((['"]?)([^)'"]*)\1\)/g, (_, _q, target: string) => {
        const id = target.startsWith('#') ? target.slice(1) : '';
        return ids.has(id) ? `url(#${prefix}${id})` : 'none';
      });
      if (v !== a.value) el.setAttribute(a.name, v);
    }
  }
}

type Style = Record<string, string>;
const styleOf = (el: Element): Style =>
  Object.fromEntries(
    (el.getAttribute(STYLE) ?? '')
      .split(';')
      .filter(Boolean)
      .map((d) => {
        const i = d.indexOf(':');
        return [d.slice(0, i), d.slice(i + 1)];
      }),
  );
const writeStyle = (el: Element, style: Style) =>
  el.setAttribute(
    STYLE,
    Object.entries(style)
      .map(([k, v]) => `${k}:${v}`)
      .join(';'),
  );
function inherited(el: Element, key: string): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = styleOf(e)[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A halo (paint-order: stroke) as a stroked copy beneath a filled text. */
function splitHalos(root: Element) {
  for (const text of [...root.querySelectorAll('text')]) {
    const order = inherited(text, 'paint-order') ?? 'normal';
    const stroke = inherited(text, 'stroke');
    if (!order.startsWith('stroke') || !stroke || stroke === 'none') continue;
    const halo = text.cloneNode(true) as Element;
    halo.setAttribute('aria-hidden', 'true');
    writeStyle(halo, {
      ...styleOf(text),
      fill: 'none',
      stroke,
      'stroke-width': inherited(text, 'stroke-width') ?? '1',
      'stroke-linejoin': inherited(text, 'stroke-linejoin') ?? 'miter',
      'paint-order': 'normal',
    });
    text.before(halo);
    writeStyle(text, { ...styleOf(text), stroke: 'none', 'paint-order': 'normal' });
  }
}

/** Each masked element its own mask over its own box, in user space. */
function userSpaceMasks(root: Element, boxes: Map<Element, string>, prefix: string) {
  const defs = root.querySelector('defs');
  let n = 0;
  for (const [el, box] of boxes) {
    const id = el.getAttribute('mask')?.match(/#([^)]+)\)/)?.[1];
    const mask = id ? root.querySelector(`mask[id="${CSS.escape(id)}"]`) : null;
    if (!defs || !mask || mask.getAttribute('maskContentUnits') !== 'objectBoundingBox') continue;
    const [x = 0, y = 0, width = 0, height = 0] = box.split(' ').map(Number);
    const own = mask.cloneNode(true) as Element;
    own.id = `${prefix}m${n++}`;
    own.removeAttribute('maskContentUnits');
    const at = { x, y, width, height };
    own.setAttribute('maskUnits', 'userSpaceOnUse');
    for (const [k, v] of Object.entries(at)) own.setAttribute(k, String(v));
    for (const r of own.querySelectorAll('rect'))
      for (const [k, v] of Object.entries(at)) r.setAttribute(k, String(v));
    defs.append(own);
    el.setAttribute('mask', `url(#${own.id})`);
  }
}

/** Every character drawn as text in a standalone copy, by weight (400 or 700). */
export function textByWeight(root: Element): Map<400 | 700, string> {
  const found = new Map<400 | 700, string>([
    [400, ''],
    [700, ''],
  ]);
  for (const text of root.querySelectorAll('text')) {
    const weight = Number(inherited(text, 'font-weight') ?? 400) >= 600 ? 700 : 400;
    found.set(weight, found.get(weight)! + (text.textContent ?? ''));
  }
  return found;
}
