/** A visible event in pixels. A point event has x0 == x1. */
export interface LaneItem {
  /** The caller's index for the event; handed back untouched. */
  index: number;
  x0: number;
  x1: number;
  /** Where the label is drawn, px: its left end, which may lie left of the mark. */
  labelX: number;
  labelWidth: number;
}

export interface LaneOptions {
  /** How many lanes the height allows. */
  lanes: number;
  /** Clear space between two boxes in a lane, px. */
  gap: number;
  /** The mark's own width, px (a point event's symbol, a range's minimum). */
  markWidth: number;
  /** Width of the overflow columns, px. */
  binWidth: number;
  /** Pixel to time (the current scale's invert), for the aggregates' from and to. */
  invert: (x: number) => number | Date;
  /** The view's width, px: how far marks are counted when they are too many. */
  width: number;
  /** Events given a lane before any other when not all can be (the selected one). */
  first?: readonly number[];
}

export interface PlacedItem {
  index: number;
  lane: number;
  /** false: the mark is drawn without its label; the label stays reachable by focus, hover and the list. */
  labelShown: boolean;
  /**
   * A label given up to a later mark in its lane still has this much room, px, from its
   * start to that mark's box: enough, perhaps, for its beginning.
   */
  labelRoom?: number;
}

/** Events that fit no lane, gathered per overflow column, drawn as one mark with a count. */
export interface Aggregate {
  x0: number;
  x1: number;
  count: number;
  indices: number[];
  from: number;
  to: number;
}

export interface LaneLayout {
  placed: PlacedItem[];
  aggregates: Aggregate[];
}

/** Where an item's box begins: at its mark, or at its label where that starts further left. */
const boxStart = (item: LaneItem): number => Math.min(item.x0, item.labelX);

function byStart(items: readonly LaneItem[]): readonly LaneItem[] {
  for (let i = 1; i < items.length; i++) {
    if (boxStart(items[i] as LaneItem) < boxStart(items[i - 1] as LaneItem)) {
      return [...items].sort((a, b) => boxStart(a) - boxStart(b) || a.index - b.index);
    }
  }
  return items;
}

/** Where an item's mark ends, px: a dot or a short range is `markWidth` wide. */
const markEndOf = (item: LaneItem, markWidth: number): number =>
  Math.max(item.x0, item.x1, item.x0 + markWidth);

/**
 * A fixed order of the events, unrelated to where they are drawn: which events of a
 * crowded stretch get a lane. A multiplicative hash of the index (Knuth's constant), so
 * neighbours in time are far apart in it.
 */
const rankOf = (index: number): number => Math.imul(index + 1, 0x9e3779b1) >>> 0;

/**
 * The items that get a lane when the marks need more lanes than there are, or null when
 * every mark fits. Marks are taken in the fixed order of `rankOf` (not left to right),
 * after those in `first`, while no pixel is covered by more than `lanes` of them, each mark counted from where
 * its box starts to `gap` past its end. Whether an event is drawn then depends on the
 * events near it that rank before it, not on a chain of every earlier one, so a zoom
 * step keeps nearly all the marks it drew. Counting whole pixels can only overcount, and
 * marks that never stack more than `lanes` deep always fit in `lanes` lanes taken from
 * left to right, so every item chosen here finds a lane below.
 */
function chooseCrowded(
  items: readonly LaneItem[],
  { lanes, gap, markWidth, width, first = [] }: LaneOptions,
): Set<number> | null {
  const cells = Math.max(1, Math.ceil(width));
  const cover = new Int32Array(cells);
  const span = (item: LaneItem): [number, number] => {
    const a = Math.min(Math.max(Math.floor(boxStart(item)), 0), cells - 1);
    const b = Math.min(Math.max(Math.ceil(markEndOf(item, markWidth) + gap), a + 1), cells);
    return [a, b];
  };
  const spans = items.map(span);
  for (const [a, b] of spans) for (let x = a; x < b; x++) cover[x]!++;
  if (cover.every((depth) => depth <= lanes)) return null;

  cover.fill(0);
  const chosen = new Set<number>();
  // Those asked for first, in their order, then the fixed order of the events.
  const ranks = items.map(({ index }) => {
    const asked = first.indexOf(index);
    return asked >= 0 ? asked - first.length : rankOf(index);
  });
  const order = items.map((_, i) => i).sort((i, j) => ranks[i]! - ranks[j]!);

  for (const i of order) {
    const [a, b] = spans[i]!;
    let deepest = 0;
    for (let x = a; x < b; x++) deepest = Math.max(deepest, cover[x]!);
    if (deepest >= lanes) continue;
    for (let x = a; x < b; x++) cover[x]!++;
    chosen.add(items[i]!.index);
  }
  return chosen;
}

/**
 * Greedy, left to right. An item takes the first lane whose last box ends `gap` before
 * its own begins; a box holds the mark, [x0, max(x1, x0 + markWidth)], and the label
 * where it is drawn, [labelX, labelX + labelWidth]. Marks win over labels: when no lane
 * is free, the first lane whose last *mark* would leave room gives up that mark's label.
 * When the marks alone need more lanes than there are, `chooseCrowded` picks those that
 * get one; the others join the overflow aggregate of their column. O(items * lanes);
 * the same items always give the same layout, whatever order they arrive in.
 */
export function layoutLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const { lanes, gap, markWidth, binWidth, invert } = options;
  const chosen = lanes > 0 ? chooseCrowded(items, options) : new Set<number>();
  const boxEnd = new Float64Array(Math.max(0, lanes)).fill(-Infinity);
  const markEnd = new Float64Array(boxEnd.length).fill(-Infinity);
  const last: (PlacedItem | null)[] = new Array<PlacedItem | null>(boxEnd.length).fill(null);
  const lastLabelX = new Float64Array(boxEnd.length);
  const placed: PlacedItem[] = [];
  const aggregates: Aggregate[] = [];
  const columns = new Map<number, Aggregate>();

  for (const item of byStart(items)) {
    const x1 = Math.max(item.x0, item.x1);
    const start = boxStart(item);
    const getsLane = !chosen || chosen.has(item.index);
    let lane = getsLane ? boxEnd.findIndex((end) => end + gap <= start) : -1;
    if (getsLane && lane < 0) {
      lane = markEnd.findIndex((end) => end + gap <= start);
      const previous = last[lane];
      if (previous) {
        previous.labelShown = false;
        previous.labelRoom = start - gap - lastLabelX[lane]!;
      }
    }
    if (lane >= 0) {
      const p = { index: item.index, lane, labelShown: true };
      placed.push(p);
      last[lane] = p;
      lastLabelX[lane] = item.labelX;
      const mark = Math.max(x1, item.x0 + markWidth);
      markEnd[lane] = mark;
      boxEnd[lane] = Math.max(mark, item.labelX + item.labelWidth);
      continue;
    }
    // An event that began left of the view overflows into the first column. Items come
    // in the order of their boxes, which a label drawn left of its mark can put before
    // a mark further left: the column is looked up, not taken to be the last one.
    const ax0 = Math.floor(Math.max(0, item.x0) / binWidth) * binWidth;
    const column = columns.get(ax0);
    if (column) {
      column.count++;
      column.indices.push(item.index);
    } else {
      const ax1 = ax0 + binWidth;
      const aggregate = {
        x0: ax0,
        x1: ax1,
        count: 1,
        indices: [item.index],
        from: +invert(ax0),
        to: +invert(ax1),
      };
      columns.set(ax0, aggregate);
      aggregates.push(aggregate);
    }
  }
  aggregates.sort((a, b) => a.x0 - b.x0);
  for (const aggregate of aggregates) aggregate.indices.sort((a, b) => a - b);
  return { placed, aggregates };
}
