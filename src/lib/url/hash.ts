/**
 * The hash is the view: which event is selected, which topics filter the timeline, the
 * visible window and the presenter stop. Reading is forgiving (bad values are dropped),
 * writing is canonical, so the same view always gives the same URL.
 */
import { isoDay, parseIsoDay, type Day } from '../time/days';

export interface ViewHash {
  event: string | null;
  topics: string[];
  from: Day | null;
  to: Day | null;
  stop: number | null;
}

export const EMPTY_VIEW: ViewHash = { event: null, topics: [], from: null, to: null, stop: null };

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function parseHash(hash: string): ViewHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = params.get('event');
  const topics = (params.get('topics') ?? '').split(',').filter((id) => ID.test(id));
  let from = parseIsoDay(params.get('from'));
  let to = parseIsoDay(params.get('to'));
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
    parts.push(`from=${isoDay(view.from)}`, `to=${isoDay(view.to)}`);
  }
  if (view.stop !== null) parts.push(`stop=${view.stop}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
