/**
 * The one font every export draws in, Noto Sans JP from the npm package, so a picture
 * looks the same on every machine and a PDF has the Japanese glyphs. The package cuts it
 * into slices by characters; the page registers them all under a family of its own
 * (none loads until a text needs it), the off-screen sheet is laid out and measured in
 * it, and a picture embeds, as data: URLs, only the slices its text uses.
 */
import TABLE from 'virtual:font-slices';
import { decodeSlices, slicesFor, unicodeRange, type Slice } from '../lib/export/slices';

export type Weight = 400 | 700;

/** What the page calls the export's font, apart from any Noto Sans JP the system has. */
export const PAGE_FAMILY = 'Timeline Export Sans';
/** What a standalone picture calls it: its own @font-face, else the reader's copy. */
export const FILE_FAMILY = "'Noto Sans JP','Noto Sans CJK JP','Hiragino Sans',sans-serif";

const SLICES = decodeSlices(TABLE);

// WOFF, not WOFF2: the same glyphs, and fontkit reads WOFF without brotli (noBrotli.ts).
const FILES = import.meta.glob<string>(
  '../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-*-{400,700}-normal.woff',
  { query: '?url', import: 'default', eager: true },
);
const URLS = new Map(Object.entries(FILES).map(([path, url]) => [path.split('/').pop()!, url]));

export function urlOf(slice: Slice, weight: Weight): string | undefined {
  return URLS.get(`noto-sans-jp-${slice.name}-${weight}-normal.woff`);
}

let registered = false;

/** Registers every slice with the page, once; returns when the text's slices are loaded. */
export async function loadFonts(text: string): Promise<void> {
  if (!registered) {
    for (const weight of [400, 700] as const) {
      for (const slice of SLICES) {
        const url = urlOf(slice, weight);
        if (!url) continue;
        const face = new FontFace(PAGE_FAMILY, `url(${url}) format('woff')`, {
          weight: String(weight),
          unicodeRange: unicodeRange(slice),
        });
        document.fonts.add(face);
      }
    }
    registered = true;
  }
  await Promise.all(
    [400, 700].map((weight) => document.fonts.load(`${weight} 16px "${PAGE_FAMILY}"`, text)),
  );
}

/** Font files by URL, fetched once for a whole export (the PDF and the pictures share them). */
export class FontFiles {
  #bytes = new Map<string, Promise<ArrayBuffer>>();

  bytes(url: string): Promise<ArrayBuffer> {
    let known = this.#bytes.get(url);
    if (!known) {
      known = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.arrayBuffer();
      });
      this.#bytes.set(url, known);
    }
    return known;
  }

  /** @font-face rules with data: URLs for the slices the text of each weight needs. */
  async css(text: Map<Weight, string>): Promise<string> {
    const rules: Promise<string>[] = [];
    for (const [weight, chars] of text) {
      for (const slice of slicesFor(SLICES, chars)) {
        const url = urlOf(slice, weight);
        if (!url) continue;
        rules.push(
          this.bytes(url).then(
            (bytes) =>
              `@font-face{font-family:'Noto Sans JP';font-weight:${weight};` +
              `src:url(data:font/woff;base64,${base64(bytes)}) format('woff');` +
              `unicode-range:${unicodeRange(slice)}}`,
          ),
        );
      }
    }
    return (await Promise.all(rules)).join('\n');
  }
}

/** The slices a text of one weight needs: for the PDF, which embeds each as a font. */
export function slicesOf(text: string): Slice[] {
  return slicesFor(SLICES, text);
}

export { SLICES };

function base64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // In pieces: one call with a million arguments overflows the stack.
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}
