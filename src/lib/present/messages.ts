/**
 * The embed API's messages, read from whatever a host posts: only the commands the
 * contract names, with fields of the right kinds, become a command; anything else
 * (another library's messages, a malformed one) is null and is ignored.
 */
import { parseInstant } from '../url/hash';

export type HostCommand =
  | { command: 'next' }
  | { command: 'prev' }
  | { command: 'goToStop'; stop: number; animate: boolean }
  | { command: 'select'; event: string | null }
  | { command: 'setTopics'; topics: string[] }
  | { command: 'setWindow'; from: number; to: number }
  | { command: 'setLayout'; layout: 'timeline' | 'topics' }
  | { command: 'getState' }
  | { command: 'export'; options: Record<string, unknown>; id: string | number | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A time as the hash writes it (`2022-02-28`, `2022-02-28T06:30Z`) or in UTC ms. */
function instant(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' ? parseInstant(value) : null;
}

export function readCommand(data: unknown): HostCommand | null {
  if (!isRecord(data) || data.type !== 'timeline:command') return null;
  switch (data.command) {
    case 'next':
    case 'prev':
    case 'getState':
      return { command: data.command };
    case 'goToStop':
      return typeof data.stop === 'number' && Number.isFinite(data.stop)
        ? { command: 'goToStop', stop: data.stop, animate: data.animate !== false }
        : null;
    case 'select':
      return typeof data.event === 'string' || data.event === null
        ? { command: 'select', event: data.event }
        : null;
    case 'setTopics':
      return Array.isArray(data.topics) && data.topics.every((t) => typeof t === 'string')
        ? { command: 'setTopics', topics: data.topics as string[] }
        : null;
    case 'setWindow': {
      const [from, to] = [instant(data.from), instant(data.to)];
      return from !== null && to !== null && to > from ? { command: 'setWindow', from, to } : null;
    }
    case 'setLayout':
      return data.layout === 'timeline' || data.layout === 'topics'
        ? { command: 'setLayout', layout: data.layout }
        : null;
    case 'export':
      return {
        command: 'export',
        options: isRecord(data.options) ? data.options : {},
        // Given back with the file, so a host that asked for several can tell them apart.
        id: typeof data.id === 'string' || typeof data.id === 'number' ? data.id : null,
      };
    default:
      return null;
  }
}
