import { daysInMonth, toDay, type Day } from './days';
import { SEASONS } from './seasons';

export type Precision = 'day' | 'month' | 'season' | 'year';

export interface EdtfPoint {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  /** EDTF season code (21 spring, 22 summer, 23 autumn, 24 winter; 33-36 quarters 1-4; 40-41 halves) */
  season?: number;
  /** '~' or '%' */
  approximate: boolean;
  /** '?' or '%' */
  uncertain: boolean;
  /** earliest and latest calendar day the point may mean (inclusive) */
  first: Day;
  last: Day;
}

export interface EdtfDate {
  text: string;
  interval: boolean;
  /** null = open ('..') or unknown ('') start of an interval */
  start: EdtfPoint | null;
  end: EdtfPoint | null;
  /** '..' */
  openStart: boolean;
  openEnd: boolean;
  /** earliest/latest day overall; null when that end is open/unknown */
  first: Day | null;
  last: Day | null;
  /** coarsest precision among the ends, for display */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

/** What is wrong with a date, as a key and the values its sentence needs (see `edtfWords`). */
export type EdtfFault =
  | { key: 'edtfEmpty' }
  | { key: 'edtfSlashes'; text: string }
  | { key: 'edtfOpenAlone' }
  | { key: 'edtfNoKnownEnd'; text: string }
  | { key: 'edtfEndsBeforeStarts'; start: string; end: string }
  /** With the year and the season a text seems to name ("Summer 2022"), when it does. */
  | { key: 'edtfNotEdtf'; text: string; year?: string; season?: number }
  | { key: 'edtfBadMonth'; side: string; code: number }
  | { key: 'edtfBadDay'; side: string; day: number }
  | { key: 'edtfMonthDays'; side: string; year: number; month: number; length: number };

/** A fault is put in words where it is shown: `edtfWords` in English. */
export type EdtfResult = { ok: true; value: EdtfDate } | { ok: false; fault: EdtfFault };

// Kept as source strings so the exported pattern (for JSON Schema) is built from
// the same pieces as the syntax the parser accepts, plus the stricter ranges.
const POINT_SOURCE =
  '\\d{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?|2[1-4]|3[3-6]|4[01]))?[~?%]?';

/** Anchored; also rejects most out-of-range months and days, but not e.g. 2023-02-30. */
export const EDTF_PATTERN = new RegExp(
  `^(?:${POINT_SOURCE}|${POINT_SOURCE}/(?:${POINT_SOURCE}|\\.\\.)?|(?:\\.\\.)?/${POINT_SOURCE})$`,
);

// Looser than EDTF_PATTERN on purpose: a two-digit month like 13 is caught here
// and then reported by value, which reads better than "not an EDTF date".
const POINT_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, season: 2, year: 3 };

class EdtfError extends Error {
  constructor(readonly fault: EdtfFault) {
    super(fault.key);
  }
}

export function parseEdtf(text: string): EdtfResult {
  try {
    return { ok: true, value: parseDate(text) };
  } catch (e) {
    if (e instanceof EdtfError) return { ok: false, fault: e.fault };
    throw e;
  }
}

function parseDate(text: string): EdtfDate {
  if (text.trim() === '') throw new EdtfError({ key: 'edtfEmpty' });
  const sides = text.split('/');
  if (sides.length > 2) throw new EdtfError({ key: 'edtfSlashes', text });
  const [startText = '', endText] = sides;
  if (endText === undefined) {
    if (startText === '..') {
      throw new EdtfError({ key: 'edtfOpenAlone' });
    }
    return single(text, parsePoint(startText, text));
  }

  const start = isOpenOrUnknown(startText) ? null : parsePoint(startText, text);
  const end = isOpenOrUnknown(endText) ? null : parsePoint(endText, text);
  const ends = [start, end].filter((p): p is EdtfPoint => p !== null);
  const coarsest = ends.reduce<EdtfPoint | undefined>(
    (c, p) => (c && PRECISION_RANK[c.precision] >= PRECISION_RANK[p.precision] ? c : p),
    undefined,
  );
  if (!coarsest) throw new EdtfError({ key: 'edtfNoKnownEnd', text });
  // Compare the widest readings: "2022/2022-03" is fine, only an impossible order fails.
  if (start && end && end.last < start.first) {
    throw new EdtfError({ key: 'edtfEndsBeforeStarts', start: startText, end: endText });
  }
  return {
    text,
    interval: true,
    start,
    end,
    openStart: startText === '..',
    openEnd: endText === '..',
    first: start?.first ?? null,
    last: end?.last ?? null,
    precision: coarsest.precision,
    approximate: ends.some((p) => p.approximate),
    uncertain: ends.some((p) => p.uncertain),
  };
}

/** A date that is one point, not an interval. */
function single(text: string, point: EdtfPoint): EdtfDate {
  return {
    text,
    interval: false,
    start: point,
    end: point,
    openStart: false,
    openEnd: false,
    first: point.first,
    last: point.last,
    precision: point.precision,
    approximate: point.approximate,
    uncertain: point.uncertain,
  };
}

function isOpenOrUnknown(side: string): boolean {
  return side === '..' || side === '';
}

function parsePoint(side: string, whole: string): EdtfPoint {
  const match = POINT_SHAPE.exec(side);
  if (!match) throw new EdtfError(notEdtf(whole));
  const [, yearText = '', monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  const qualifiers = {
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
  if (monthText === undefined) {
    return {
      precision: 'year',
      year,
      ...qualifiers,
      first: toDay(year, 1, 1),
      last: toDay(year, 12, 31),
    };
  }

  const code = Number(monthText);
  const season = SEASONS[code];
  if (season && dayText === undefined) {
    return {
      precision: 'season',
      year,
      season: code,
      ...qualifiers,
      first: toDay(year, season.startMonth, 1),
      // Day 0 of the month after the season is its last day, across a year end too.
      last: toDay(year, season.startMonth + season.months, 0),
    };
  }
  if (code < 1 || code > 12) throw new EdtfError({ key: 'edtfBadMonth', side, code });

  const month = code;
  const length = daysInMonth(year, month);
  if (dayText === undefined) {
    return {
      precision: 'month',
      year,
      month,
      ...qualifiers,
      first: toDay(year, month, 1),
      last: toDay(year, month, length),
    };
  }

  const day = Number(dayText);
  if (day < 1) throw new EdtfError({ key: 'edtfBadDay', side, day });
  if (day > length) throw new EdtfError({ key: 'edtfMonthDays', side, year, month, length });
  const only = toDay(year, month, day);
  return { precision: 'day', year, month, day, ...qualifiers, first: only, last: only };
}

// Words for a season are a common first try; point at the code from the same table.
function notEdtf(text: string): EdtfFault {
  const year = /\d{4}/.exec(text)?.[0];
  const lower = text.toLowerCase();
  for (const [code, { names }] of Object.entries(SEASONS)) {
    const named = lower.includes(names.en.toLowerCase()) || text.includes(names.ja);
    if (year && named) return { key: 'edtfNotEdtf', text, year, season: Number(code) };
  }
  return { key: 'edtfNotEdtf', text };
}
