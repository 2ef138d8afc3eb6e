/**
 * The meaning pass over an event's claims (the date each source gives it): each claim
 * needs a date that parses, a source that exists, a zone the browser knows if it names
 * one, and a place inside the event's own date, which is what the timeline draws.
 */
import type { EdtfDate } from '../time/edtf';
import { isKnownZone } from '../time/zones';
import { coversClaim } from './claims';
import type { Said } from './said';
import type { Claim, SourceRef } from './schema';

type Path = (string | number)[];

export interface PlacedClaim extends Claim {
  when: EdtfDate;
}

/** What checking a claim borrows from the pass: dates and references are checked alike everywhere. */
export interface ClaimChecks {
  /** The date parsed, or null with its fault reported at `[...at, field]`. */
  date: (at: Path, field: string, text: string) => EdtfDate | null;
  /** The reference checked, or null when its source is unknown (reported). */
  ref: (at: Path, ref: SourceRef) => SourceRef | null;
  error: (at: Path, said: Said) => void;
  warn: (at: Path, said: Said) => void;
}

/**
 * The claims that can be kept. A claim without a date, without a known source or
 * outside the event's date is dropped, so every claim the page gets lies inside the
 * span it draws; an unknown zone costs the claim only its zone.
 */
export function checkClaims(
  at: Path,
  claims: readonly Claim[],
  event: EdtfDate,
  checks: ClaimChecks,
): PlacedClaim[] {
  const kept: PlacedClaim[] = [];
  claims.forEach((claim, index) => {
    const here = [...at, 'claims', index];
    const when = checks.date(here, 'date', claim.date);
    const source = checks.ref([...here, 'source'], claim.source);
    if (!when || !source) return;
    if (!coversClaim(event, when)) {
      checks.error([...here, 'date'], {
        key: 'claimOutside',
        date: claim.date,
        within: event.text,
      });
      return;
    }
    if (!source.quote && !source.note) checks.warn([...here, 'source'], { key: 'noQuote' });
    const placed: PlacedClaim = { ...claim, source, when };
    if (claim.zone !== undefined && !isKnownZone(claim.zone)) {
      checks.error([...here, 'zone'], { key: 'unknownZone', zone: claim.zone });
      delete placed.zone;
    }
    kept.push(placed);
  });
  return kept;
}
