/**
 * What a date's aside says of its certainty ("to the day, start approximate"): of the
 * whole date when every end it has shares a qualifier, else of the end that has it, so
 * that an interval whose start alone is approximate is not called approximate.
 */
import type { EdtfDate } from './edtf';

export type Certainty =
  | 'approximate'
  | 'uncertain'
  | 'startApproximate'
  | 'endApproximate'
  | 'startUncertain'
  | 'endUncertain';

export function certaintyOf(d: EdtfDate): Certainty[] {
  const { start, end } = d;
  const notes: Certainty[] = [];
  for (const kind of ['approximate', 'uncertain'] as const) {
    if (!d[kind]) continue;
    // A single date, or an interval both of whose ends are qualified alike.
    if (!d.interval || (start?.[kind] && end?.[kind])) notes.push(kind);
    else if (start?.[kind])
      notes.push(kind === 'approximate' ? 'startApproximate' : 'startUncertain');
    else notes.push(kind === 'approximate' ? 'endApproximate' : 'endUncertain');
  }
  return notes;
}
