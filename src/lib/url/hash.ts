/**
 * The hash is the view: which event is selected, which topics filter the timeline, the
 * visible window and the presenter stop. Reading is forgiving (bad values are dropped),
 * writing is canonical, so the same view always gives the same URL.
 */
import { isoDay, parseIsoDay, MS_PER_DAY } from '../time/days';

export interface ViewHash {
  event: string | null;
  topics: string[];
  /** The visible window, UTC ms. */
  from: number | null;
  to: number | null;
  stop: number | null;
  /** What the search field holds. */
  query: string;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/**
 * The coarsest unit (day, hour, minute) that writes both ends of a window `span` ms wide
 * within 1/4,000 of it: under half a pixel on a 1,920-pixel screen. A window of years is
 * written in days, a window of two days to the minute, so a URL restores what was seen.
 */
export function windowUnit(span: number): number {
  for (const unit of [MS_PER_DAY, MS_PER_HOUR]) if (unit / 2 <= span / 4000) return unit;
  return MS_PER_MINUTE;
}

/** `2022-02-28` at midnight, `2022-02-28T06:30Z` at any other time (UTC). */
function formatInstant(ms: number, unit: number): string {
  const rounded = Math.round(ms / unit) * unit;
  const day = Math.floor(rounded / MS_PER_DAY);
  const minutes = (rounded - day * MS_PER_DAY) / MS_PER_MINUTE;
  if (minutes === 0) return isoDay(day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDay(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}Z`;
}

/** `2022-02-28` or `2022-02-28T06:30Z` (UTC) as ms; null for anything else. */
export function parseInstant(value: string | null): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})Z)?$/.exec(value ?? '');
  const day = parseIsoDay(match?.[1]);
  if (day === null) return null;
  const [hours, minutes] = [Number(match?.[2] ?? 0), Number(match?.[3] ?? 0)];
  if (hours > 23 || minutes > 59) return null;
  return day * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
}

/** The window as the hash writes it: ends rounded to the unit its width needs. */
export function formatWindow(from: number, to: number): [string, string] {
  const unit = windowUnit(to - from);
  return [formatInstant(from, unit), formatInstant(to, unit)];
}

export const EMPTY_VIEW: ViewHash = {
  event: null,
  topics: [],
  from: null,
  to: null,
  stop: null,
  query: '',
};

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function parseHash(hash: string): ViewHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = params.get('event');
  const topics = (params.get('topics') ?? '').split(',').filter((id) => ID.test(id));
  let from = parseInstant(params.get('from'));
  let to = parseInstant(params.get('to'));
  if (from !== null && to !== null && to <= from) [from, to] = [null, null];
  const stop = Number(params.get('stop'));
  return {
    event: event && ID.test(event) ? event : null,
    topics: [...new Set(topics)],
    from,
    to,
    stop: params.has('stop') && Number.isInteger(stop) && stop >= 1 ? stop : null,
    // A query is free text: kept as written, only cut to a length a field holds.
    query: (params.get('q') ?? '').slice(0, 200),
  };
}

export function formatHash(view: ViewHash): string {
  const parts: string[] = [];
  if (view.event) parts.push(`event=${view.event}`);
  if (view.topics.length) parts.push(`topics=${view.topics.join(',')}`);
  if (view.from !== null && view.to !== null) {
    const [from, to] = formatWindow(view.from, view.to);
    parts.push(`from=${from}`, `to=${to}`);
  }
  if (view.stop !== null) parts.push(`stop=${view.stop}`);
  if (view.query.trim()) parts.push(`q=${encodeURIComponent(view.query)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
