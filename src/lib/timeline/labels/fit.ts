/**
 * A mark's label made to fit the plot: a label that would run past the right edge ends
 * at the edge, anchored there, and one wider than the whole plot is cut with an
 * ellipsis; the full title stays in the mark's accessible name and in the details.
 */
import type { Measure } from './measure';

/** Room kept free at the plot's left and right edges, px (as labelStart keeps it). */
const LEFT = 2;
const RIGHT = 4;

export interface FittedLabel {
  /** What is drawn: the label, or its beginning and an ellipsis. */
  text: string;
  /** Where it is anchored, px: its left end ('start') or its right end ('end'). */
  x: number;
  anchor: 'start' | 'end';
  /** Its extent, px. */
  left: number;
  right: number;
}

/** Fit the label `text`, starting at `labelX`, into a plot `plot` px wide. */
export function fitLabel(
  text: string,
  labelX: number,
  plot: number,
  measure: Measure,
  bold = false,
): FittedLabel {
  const width = measure(text, bold);
  const edge = plot - RIGHT;
  if (labelX + width <= edge) {
    return { text, x: labelX, anchor: 'start', left: labelX, right: labelX + width };
  }
  const room = edge - LEFT;
  if (width <= room) return { text, x: edge, anchor: 'end', left: edge - width, right: edge };
  // Not even a first word fits: nothing is drawn, the name and the details say it all.
  const cut = truncate(text, room, (part) => measure(part, bold)).replace(/^…$/, '');
  return { text: cut, x: edge, anchor: 'end', left: edge - measure(cut, bold), right: edge };
}

/** Text that ends where a cut may leave it: no dangling space, comma or dash. */
const TRAILING = /[\s,;:、。・\-–—]+$/u;

// Word boundaries as the platform finds them: spaces in English, a dictionary in Japanese.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The longest beginning of `text` that fits `room` px with an ellipsis after it, cut only
 * after a whole word, so that the words seen are words of the mark's name, for readers
 * and for speech input alike (WCAG 2.5.3); "…" alone when not even the first word fits.
 */
export function truncate(text: string, room: number, measure: (text: string) => number): string {
  const ends: number[] = [];
  for (const { index, segment, isWordLike } of words.segment(text)) {
    if (isWordLike) ends.push(index + segment.length);
  }
  const cut = (end: number) => `${text.slice(0, end).replace(TRAILING, '')}…`;
  // Widths grow with length, so the longest fitting cut is found by bisection.
  let lo = -1;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cut(ends[mid]!)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo < 0 ? '…' : cut(ends[lo]!);
}

/**
 * A label a later mark left `room` px for, from `x`: whole if it fits, else its
 * beginning cut after a whole word; null when not even a word's start and "…" fit.
 */
export function cutLabel(
  text: string,
  x: number,
  room: number,
  measure: Measure,
): { text: string; x: number; anchor: 'start' } | null {
  const cut = measure(text) <= room ? text : truncate(text, room, measure);
  return cut === '…' ? null : { text: cut, x, anchor: 'start' };
}
