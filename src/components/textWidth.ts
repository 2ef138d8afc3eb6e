/**
 * Label widths as the browser draws them, for the few labels that must fit exactly (a
 * raised or related one, drawn bold; one the estimate finds wider than the plot): a
 * canvas measures text in the page's own fonts without laying out the page. The lanes
 * keep the estimate, which costs no browser call for the hundreds of labels of a frame.
 * Where there is no canvas, the estimate again.
 */
import { boldWidth, fitLabel, type FittedLabel } from '../lib/timeline/labelFit';
import { estimateLabelWidth } from '../lib/timeline/labels';

// One measuring context for the page: it holds no timeline's state, only a font.
let context: CanvasRenderingContext2D | null | undefined;
let family = '';
let weight = 0;

function measure(text: string, bold: boolean): number | null {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    family = getComputedStyle(document.documentElement).fontFamily;
  }
  if (!context) return null;
  // As Marks.svelte draws them: 12.5 px, weight 650 for a related label (600 when raised).
  const wanted = bold ? 650 : 400;
  if (weight !== wanted) {
    context.font = `${wanted} 12.5px ${family}`;
    weight = wanted;
    // A font the canvas cannot read leaves its default: measure nothing with that.
    if (!context.font.includes('12.5px')) context = null;
  }
  return context ? context.measureText(text).width : null;
}

/** The width in px of `text` as a mark's label in regular weight. */
export const labelWidth = (text: string): number =>
  measure(text, false) ?? estimateLabelWidth(text);

/** The width in px of `text` as a bold mark label. */
export const boldLabelWidth = (text: string): number => measure(text, true) ?? boldWidth(text);

/** A bold label (raised or related) starting at `x`, kept inside a plot `plot` px wide. */
export const fitBoldLabel = (text: string, x: number, plot: number): FittedLabel =>
  fitLabel(text, x, boldLabelWidth(text), plot, boldLabelWidth);
