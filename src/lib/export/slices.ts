/**
 * Noto Sans JP comes cut into slices, one file per range of characters
 * (@fontsource/noto-sans-jp), so a picture embeds only the slices its text needs. The
 * ranges are read from the package's CSS at build time and carried as a compact string:
 * each slice `name:` then its ranges, each as the gap since the last one ended and,
 * after `+`, how many code points more it spans, in base 36.
 */

export interface Slice {
  /** The file's slice name: `noto-sans-jp-${name}-400-normal.woff`. */
  name: string;
  /** Sorted, inclusive [from, to] code point ranges. */
  ranges: [number, number][];
}

function parseRanges(list: string): [number, number][] {
  return list
    .split(',')
    .map((r) => r.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((r): [number, number] => {
      const [from = '0', to = from] = r.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** The table of a fontsource CSS file (one weight's `@font-face` rules), encoded. */
export function encodeSlices(css: string): string {
  const slices: string[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const name = block.match(/noto-sans-jp-(.+?)-\d+-normal\.woff/)?.[1];
    const ranges = block.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!name || !ranges) continue;
    let end = 0;
    const tokens = parseRanges(ranges).map(([from, to]) => {
      const token = (from - end).toString(36) + (to > from ? `+${(to - from).toString(36)}` : '');
      end = to;
      return token;
    });
    slices.push(`${name}:${tokens.join(',')}`);
  }
  return slices.join(';');
}

export function decodeSlices(table: string): Slice[] {
  return table.split(';').map((entry) => {
    const [name = '', list = ''] = entry.split(':');
    let end = 0;
    const ranges = list.split(',').map((token): [number, number] => {
      const [gap = '0', span = '0'] = token.split('+');
      const from = end + parseInt(gap, 36);
      end = from + parseInt(span, 36);
      return [from, end];
    });
    return { name, ranges };
  });
}

/** The slice that holds code point `cp`, if any. */
export function sliceOf(slices: readonly Slice[], cp: number): Slice | undefined {
  return slices.find((slice) => {
    const { ranges } = slice;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = ranges[mid]!;
      if (cp < from) hi = mid - 1;
      else if (cp > to) lo = mid + 1;
      else return true;
    }
    return false;
  });
}

/** The slices a text needs, each once, in the order first needed. */
export function slicesFor(slices: readonly Slice[], text: string): Slice[] {
  const found = new Set<Slice>();
  for (const char of new Set(text)) {
    const slice = sliceOf(slices, char.codePointAt(0)!);
    if (slice) found.add(slice);
  }
  return [...found];
}

/** A slice's ranges as CSS writes them, for a `FontFace`'s `unicodeRange`. */
export function unicodeRange(slice: Slice): string {
  const hex = (n: number) => n.toString(16);
  return slice.ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(',');
}
