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
import { labelStart, type LabelAnchor } from './labels/place';

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
  /** Events drawn before any other when not all can be (lanes.ts). */
  first?: readonly number[];
}

/** What places an event's label: its own date (not what a source expected), how it is anchored, its width. */
export interface LabelInputs {
  /** [start, end) in ms of an event's own date, by event index. */
  extent: (event: number) => readonly [number, number];
  anchor: (event: number) => LabelAnchor;
  /** An event's label width, px. */
  width: (event: number) => number;
}

export interface PlacedMark {
  /** The event's index in time order. */
  event: number;
  /** The event's footprint, px: its date and what a source expected of it. */
  x0: number;
  x1: number;
  /** Where its label starts, px; the lanes kept that room free when labelShown. */
  labelX: number;
  /** Room for the beginning of a label given up to a later mark (see PlacedItem). */
  labelRoom?: number;
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

export function layoutFrame(
  columns: Columns,
  scale: TimeScale,
  labels: LabelInputs,
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
  // The lanes reserve each label where it will be drawn: markGeometry draws it at labelX.
  const items = positions.map((position) => {
    const event = columns.order[position]!;
    const [from, to] = labels.extent(event);
    const labelWidth = labels.width(event);
    return {
      index: event,
      x0: scale(columns.starts[position]!),
      x1: scale(columns.ends[position]!),
      labelX: labelStart(scale(from), scale(to), labels.anchor(event), labelWidth, width),
      labelWidth,
    };
  });
  const byEvent = new Map(items.map((item) => [item.index, item]));
  const { placed, aggregates } = layoutLanes(items, {
    lanes: options.lanes,
    gap: options.gap,
    markWidth: options.markWidth,
    binWidth: options.binWidth,
    invert: (x) => scale.invert(x),
    width,
    first: options.first,
  });
  return {
    kind: 'marks',
    marks: placed.map((p) => {
      const item = byEvent.get(p.index)!;
      const { x0, x1, labelX } = item;
      const { lane, labelShown, labelRoom } = p;
      return { event: p.index, x0, x1, labelX, lane, labelShown, labelRoom };
    }),
    clusters: aggregates.map(({ indices, ...rest }) => ({ ...rest, events: indices })),
  };
}
