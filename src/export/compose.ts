/**
 * The off-screen sheet's parts (each an <svg>) as one standalone SVG: each part copied
 * with its styles inlined (standalone.ts), placed where the layout put it, over the
 * sheet's background, titled and in the sheet's language.
 */
import { standalone, toHex, withStyles } from './standalone';
import { FILE_FAMILY } from './fonts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Composed {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** The first painted background of the element or one around it. */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const hex = toHex(getComputedStyle(e).backgroundColor);
    if (hex && hex[1] > 0) return hex[0];
  }
  return '#ffffff';
}

export function compose(
  sheet: HTMLElement,
  { title, description, lang }: { title: string; description: string; lang: string },
): Composed {
  const box = sheet.getBoundingClientRect();
  const width = +box.width.toFixed(2);
  const height = +box.height.toFixed(2);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('xml:lang', lang);
  const titled = document.createElementNS(SVG_NS, 'title');
  titled.textContent = title;
  const described = document.createElementNS(SVG_NS, 'desc');
  described.textContent = description;
  const defs = document.createElementNS(SVG_NS, 'defs');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', backgroundOf(sheet));
  root.append(titled, described, defs, background);

  const parts = sheet.querySelectorAll<SVGSVGElement>(
    'svg.head, .plot svg[role="group"], svg.foot',
  );
  parts.forEach((part, i) => {
    const copy = standalone(part, { idPrefix: `p${i}-`, fontFamily: FILE_FAMILY });
    const at = part.getBoundingClientRect();
    copy.removeAttribute('xmlns');
    copy.setAttribute('x', String(+(at.left - box.left).toFixed(2)));
    copy.setAttribute('y', String(+(at.top - box.top).toFixed(2)));
    root.append(copy);
  });
  return { svg: root, width, height };
}

/** The composed picture as a file, with its fonts' @font-face rules inside it. */
export function serialize(svg: SVGSVGElement, fontCss: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (fontCss) {
    const style = document.createElementNS(SVG_NS, 'style');
    style.textContent = fontCss;
    copy.querySelector('defs')?.append(style);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withStyles(new XMLSerializer().serializeToString(copy))}`;
}
