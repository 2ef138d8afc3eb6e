import type { Day } from './days';
import type { EdtfDate } from './edtf';

/*
 * The days a date names for certain. An interval with an open ('..') or unknown ('') end
 * has no first or last day of its own; read alone, it covers only its known end's own
 * days: "2023-05-19/.." the 19th, "../2022-03" the month of March 2022. Where an open
 * end reaches beyond that depends on the rest of the data (timeline/openReach.ts).
 */

/** The earliest day a date names for certain. */
export function knownFirst(d: EdtfDate): Day {
  return d.first ?? d.end?.first ?? 0;
}

/** The latest day a date names for certain. */
export function knownLast(d: EdtfDate): Day {
  return d.last ?? d.start?.last ?? 0;
}
