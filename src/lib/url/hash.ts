/**
 * The hash is the view: which event is selected, which topics filter the timeline, the
 * visible window and the presenter stop. Reading is forgiving (bad values are dropped),
 * writing is canonical, so the same view always gives the same URL.
 */
import { fromDay, toDay, type Day } from '../time/days';

export interface ViewHash {
  event: string | null;
  topics: string[];
  from: Day | null;
  to: Day | null;
  stop: number | null;
}

export const EMPTY_VIEW: ViewHash = { event: null, topics: [], from: null, to: null, stop: null };

const ID = /^[a-z0-9][a-z0-9-]*$/;

function parseDay(value: string | null): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = toDay(year, month, day);
  const back = fromDay(result);
  // Reject dates that Date.UTC silently rolls over (2022-02-30 -> March 2).
  return back.month === month && back.day === day ? result : null;
}

export function formatDay(day: Day): string {
  const { year, month, day: d } = fromDay(day);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

export function parseHash(hash: string): ViewHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = params.get('event');
  const topics = (params.get('topics') ?? '').split(',').filter((id) => ID.test(id));
  let from = parseDay(params.get('from'));
  let to = parseDay(params.get('to'));
  if (from !== null && to !== null && to <= from) [from, to] = [null, null];
  const stop = Number(params.get('stop'));
  return {
    event: event && ID.test(event) ? event : null,
    topics: [...new Set(topics)],
    from,
    to,
    stop: params.has('stop') && Number.isInteger(stop) && stop >= 1 ? stop : null,
  };
}

export function formatHash(view: ViewHash): string {
  const parts: string[] = [];
  if (view.event) parts.push(`event=${view.event}`);
  if (view.topics.length) parts.push(`topics=${view.topics.join(',')}`);
  if (view.from !== null && view.to !== null) {
    parts.push(`from=${formatDay(view.from)}`, `to=${formatDay(view.to)}`);
  }
  if (view.stop !== null) parts.push(`stop=${view.stop}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
