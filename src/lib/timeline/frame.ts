/**
 * What one frame draws, in pixels: the marks in their lanes (with or without labels) and
 * the "+N" aggregates of what had no room; or, when far too many events are in view to
 * draw one by one, a density strip. Only the events in the window are touched, so a
 * frame costs O(log n + visible), whatever the size of the dataset.
 */
import type { TimeScale } from './timeScale';
import { candidateRange, visibleIndices } from './visible';
import { layoutLanes, type Aggregate } from './lanes';
import { densityBins, type DensityBin } from './density';

/** Each event's footprint on the axis, sorted by start. */
export interface Columns {
  starts: Float64Array;
  ends: Float64Array;
  /**
   * The longest footprint but those in `open`, which bounds how far left of the window
   * a visible event may start.
   */
  maxDuration: number;
  /** Positions of the footprints with an open end, in order: they may reach any window. */
  open: Uint32Array;
  /** Position in the columns -> the event's index in time order. */
  order: Uint32Array;
}

export interface FrameOptions {
  lanes: number;
  /** Beyond this many events in view, draw density instead of marks. */
  densityLimit: number;
  markWidth: number;
  gap: number;
  binWidth: number;
}

export interface PlacedMark {
  /** The event's index in time order. */
  event: number;
  x0: number;
  x1: number;
  lane: number;
  labelShown: boolean;
}

export interface Cluster extends Omit<Aggregate, 'indices'> {
  /** Events' indices in time order. */
  events: number[];
}

export type Frame =
  | { kind: 'marks'; marks: PlacedMark[]; clusters: Cluster[] }
  | { kind: 'density'; bins: DensityBin[]; total: number };

/**
 * Where a mark's label starts, px: at the mark (a dot's label a little left of its
 * centre), shifted left near the right edge so it stays readable, never off the left.
 */
export function labelStart(
  x0: number,
  x1: number,
  point: boolean,
  labelWidth: number,
  width: number,
): number {
  return Math.max(2, Math.min(point ? (x0 + x1) / 2 - 6 : x0, width - labelWidth - 4));
}

export function layoutFrame(
  columns: Columns,
  scale: TimeScale,
  labelWidth: (event: number) => number,
  options: FrameOptions,
): Frame {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const width = scale.range()[1] ?? 0;
  const [lo, hi] = candidateRange(columns.starts, columns.maxDuration, d0, d1);
  // Open footprints starting before the candidates that still reach the window; they
  // start first, so they go first in start order.
  const reaching = Array.from(columns.open).filter((p) => p < lo && columns.ends[p]! >= d0);
  if (hi - lo + reaching.length > options.densityLimit) {
    const bins = densityBins(columns.starts, [d0, d1], width, options.binWidth);
    return { kind: 'density', bins, total: bins.reduce((sum, bin) => sum + bin.count, 0) };
  }
  const positions = [
    ...reaching,
    ...visibleIndices(columns.starts, columns.ends, columns.maxDuration, d0, d1),
  ];
  const items = positions.map((position) => {
    const event = columns.order[position]!;
    return {
      index: event,
      x0: scale(columns.starts[position]!),
      x1: scale(columns.ends[position]!),
      labelWidth: labelWidth(event),
    };
  });
  const byEvent = new Map(items.map((item) => [item.index, item]));
  // Near the right edge a label is drawn leftwards so it stays readable (Mark.svelte);
  // the lanes must reserve the room where it will really be.
  const boxes = items.map((item) => ({
    ...item,
    x0: Math.min(item.x0, width - item.labelWidth - options.markWidth),
  }));
  const { placed, aggregates } = layoutLanes(boxes, {
    lanes: options.lanes,
    gap: options.gap,
    markWidth: options.markWidth,
    binWidth: options.binWidth,
    invert: (x) => scale.invert(x),
  });
  return {
    kind: 'marks',
    marks: placed.map((p) => {
      const item = byEvent.get(p.index)!;
      return { event: p.index, x0: item.x0, x1: item.x1, lane: p.lane, labelShown: p.labelShown };
    }),
    clusters: aggregates.map(({ indices, ...rest }) => ({ ...rest, events: indices })),
  };
}
