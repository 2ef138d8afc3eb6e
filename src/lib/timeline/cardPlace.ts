/**
 * Where a card about one mark goes on the plot: beside that mark where it hides no other
 * mark, else wherever it hides the fewest (a corner, the other side), and of the places
 * that hide as few, the nearest to the mark. Marks under a card cannot be seen or
 * pointed at, so hiding none matters more than sitting close.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The card's top left, px, for a card `size` about the mark at `anchor` on a plot `plot`
 * wide and high, among the marks and labels in `others`; `margin` is kept from the edges.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  plot: { width: number; height: number },
  others: readonly Box[],
  margin = 8,
): { x: number; y: number } {
  const { width, height } = size;
  const clampX = (x: number) => Math.max(margin, Math.min(x, plot.width - width - margin));
  const clampY = (y: number) => Math.max(margin, Math.min(y, plot.height - height - margin));
  const gap = 10;
  const xs = [
    anchor.x + anchor.width + gap,
    anchor.x - gap - width,
    margin,
    plot.width - width - margin,
  ].map(clampX);
  const ys = [anchor.y - 24, margin, plot.height - height - margin].map(clampY);
  let best = { x: xs[0]!, y: ys[0]!, hidden: Infinity, distance: Infinity };
  for (const x of xs) {
    for (const y of ys) {
      const box = { x, y, width, height };
      // The card must never hide its own mark.
      const hidden = overlaps(box, anchor)
        ? Infinity
        : others.filter((other) => overlaps(box, other)).length;
      const distance = Math.hypot(x - anchor.x, y - anchor.y);
      if (hidden < best.hidden || (hidden === best.hidden && distance < best.distance)) {
        best = { x, y, hidden, distance };
      }
    }
  }
  return { x: best.x, y: best.y };
}
