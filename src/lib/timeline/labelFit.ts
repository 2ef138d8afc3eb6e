/**
 * A mark's label made to fit the plot. The widths are estimates (no DOM in lib), so a
 * label that reaches the right edge is drawn from its end, anchored there: an estimate
 * that falls short then cannot push it past the edge. A label wider than the whole plot
 * is cut with an ellipsis; the full title stays in the mark's accessible name and in the
 * details.
 */
import { estimateLabelWidth } from './labels';

/** Room kept free at the plot's left and right edges, px (as labelStart keeps it). */
const LEFT = 2;
const RIGHT = 4;

/**
 * How much wider a bold label (a raised or related one) may be than the regular-weight
 * estimate: 3 to 14 % on the default dataset's titles in the test browser's fonts.
 */
export const BOLD = 1.15;

/** A bold label's width, px, by the estimate (where the browser cannot measure it). */
export const boldWidth = (text: string): number => estimateLabelWidth(text) * BOLD;

export interface FittedLabel {
  /** What is drawn: the label, or its beginning and an ellipsis. */
  text: string;
  /** Where it is anchored, px: its left end ('start') or its right end ('end'). */
  x: number;
  anchor: 'start' | 'end';
  /** Its estimated extent, px. */
  left: number;
  right: number;
}

/**
 * Fit a label that would start at `labelX` and is about `width` px wide into a plot
 * `plot` px wide; `measure` says how wide a text really is, where it matters.
 */
export function fitLabel(
  text: string,
  labelX: number,
  width: number,
  plot: number,
  measure: (text: string) => number,
): FittedLabel {
  const edge = plot - RIGHT;
  if (labelX + width <= edge) {
    return { text, x: labelX, anchor: 'start', left: labelX, right: labelX + width };
  }
  const room = edge - LEFT;
  if (width <= room) return { text, x: edge, anchor: 'end', left: edge - width, right: edge };
  // `width` may be a rough estimate: only what `measure` says is too wide is cut.
  const exact = measure(text);
  if (exact <= room) return { text, x: edge, anchor: 'end', left: edge - exact, right: edge };
  const cut = truncate(text, room, measure);
  return { text: cut, x: edge, anchor: 'end', left: edge - measure(cut), right: edge };
}

/** Text that ends where a cut may leave it: no dangling space, comma or dash. */
const TRAILING = /[\s,;:、。・\-–—]+$/u;

/**
 * The longest beginning of `text` that fits `room` px with an ellipsis after it, cut
 * after its last whole word when a word ends in it (so that the words seen are words of
 * the mark's name, for readers and for speech input alike); inside a word only when the
 * first is too long, or the text has no spaces (Japanese); never in a surrogate pair.
 */
export function truncate(text: string, room: number, measure: (text: string) => number): string {
  const fits = (n: number) => measure(`${text.slice(0, n).replace(TRAILING, '')}…`) <= room;
  // Widths grow with length, so the longest fitting length is found by bisection.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  let n = lo;
  const code = text.charCodeAt(n - 1);
  if (code >= 0xd800 && code <= 0xdbff) n--;
  const space = text.lastIndexOf(' ', n);
  if (space > 0 && n < text.length) n = space;
  return `${text.slice(0, n).replace(TRAILING, '')}…`;
}
