/**
 * Labels never overlap: a raised label (the selected or previewed event's, drawn bold
 * though the lanes had no room for it) hides the labels under it. Only marks in the
 * raised mark's lane can collide with it.
 */

/** What collision needs of a drawn mark. */
export interface LabelledMark {
  event: number;
  lane: number;
  labelX: number;
  /** The lanes had room for the whole label. */
  labelShown: boolean;
  /** Otherwise, the room left for its beginning, px; null when none is drawn. */
  labelRoom: number | null;
}

/**
 * The marks whose labels lie under a raised one. `width(event)` is an event's label
 * width as drawn (bold for a raised one).
 */
export function labelsUnder(
  marks: readonly LabelledMark[],
  raised: ReadonlySet<number>,
  width: (event: number) => number,
  gap = 4,
): Set<number> {
  const out = new Set<number>();
  const end = (m: LabelledMark) => m.labelX + (m.labelShown ? width(m.event) : m.labelRoom!);
  for (const r of marks) {
    if (r.labelShown || !raised.has(r.event)) continue;
    const right = r.labelX + width(r.event);
    for (const m of marks) {
      if (m === r || m.lane !== r.lane || !(m.labelShown || m.labelRoom)) continue;
      if (m.labelX < right + gap && r.labelX < end(m) + gap) out.add(m.event);
    }
  }
  return out;
}
