/**
 * The topic stripes over a frame's marks: a band over each mark, a segment per topic it
 * touched, in that topic's colour. A crowded frame has hundreds of segments in a few
 * colours, so the segments of one colour are one path (and those of marks out of the
 * filter, drawn faint, another): a zoom step redraws a few paths, not a node per segment.
 */

/** A mark's box, px, and the colours of its topics, in its order. */
export interface StripedMark {
  x: number;
  width: number;
  /** The top of the mark's shape. */
  y: number;
  colors: readonly string[];
  /** Out of the topic filter. */
  dimmed: boolean;
}

export interface StripePath {
  /** One per colour and dimmed or not: a key for the list that draws them. */
  key: string;
  color: string;
  dimmed: boolean;
  /** Every segment of that colour, as rectangles. */
  d: string;
}

/** A segment's least width, px: the band is never narrower than its topics need. */
export const SEGMENT = 5;
/** The band's height, and how far above the shape's top it starts, px. */
export const STRIPE_HEIGHT = 4;
const ABOVE = 6.5;

/**
 * The segments of each mark, centred over it: as wide as the shape, or `SEGMENT` px a
 * topic if that is wider, cut into equal segments, one per topic.
 */
export function stripePaths(marks: Iterable<StripedMark>): StripePath[] {
  const paths = new Map<string, { color: string; dimmed: boolean; parts: string[] }>();
  for (const { x, width, y, colors, dimmed } of marks) {
    const band = Math.max(width, colors.length * SEGMENT);
    const left = x + width / 2 - band / 2;
    const segment = band / colors.length;
    colors.forEach((color, i) => {
      const key = `${dimmed ? 'dimmed ' : ''}${color}`;
      let path = paths.get(key);
      if (!path) paths.set(key, (path = { color, dimmed, parts: [] }));
      path.parts.push(
        `M${left + i * segment} ${y - ABOVE}h${segment}v${STRIPE_HEIGHT}h${-segment}z`,
      );
    });
  }
  return [...paths].map(([key, { color, dimmed, parts }]) => ({
    key,
    color,
    dimmed,
    d: parts.join(''),
  }));
}
