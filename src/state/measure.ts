/**
 * Label widths as the browser draws them: a canvas measures text in the page's own
 * fonts without laying out the page, so a frame can ask for hundreds. Where there is no
 * canvas (or it cannot read the font), the estimate stands in.
 */
import { estimateWidth, type Measure } from '../lib/timeline/labels/measure';

/** Marks' labels are drawn at this size (Marks.svelte); bold is a raised or related one. */
const SIZE = '12.5px';
const WEIGHTS = { regular: 400, bold: 650 };

/** `family`: the page's own by default; an export measures in the font it draws in. */
export function canvasMeasure(
  family = getComputedStyle(document.documentElement).fontFamily,
): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const fonts = {
    regular: `${WEIGHTS.regular} ${SIZE} ${family}`,
    bold: `${WEIGHTS.bold} ${SIZE} ${family}`,
  };
  if (!context) return estimateWidth;
  context.font = fonts.regular;
  // A font the canvas cannot read leaves its default: measure nothing with that.
  if (!context.font.includes(SIZE)) return estimateWidth;
  // Setting a font parses it: only when the weight changes.
  let boldSet = false;
  return (text, bold = false) => {
    if (bold !== boldSet) {
      context.font = bold ? fonts.bold : fonts.regular;
      boldSet = bold;
    }
    return context.measureText(text).width;
  };
}
