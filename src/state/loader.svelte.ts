/**
 * Fetches and checks an events file. The page is never blank: while loading it says so,
 * and a file that cannot be fetched or read becomes an `error` with a sentence that
 * says what and where.
 */
import { loadText, loadValue, type LoadResult } from '../lib/data/load';
import type { Problem } from '../lib/data/problems';
import { fetchEvents, takePrefetched, type Body } from './prefetch';
import { MAX_BYTES } from '../lib/data/limits';

export type LoadStatus = 'loading' | 'ready' | 'error';

export class DatasetLoader {
  status = $state<LoadStatus>('loading');
  result = $state.raw<LoadResult | null>(null);
  /** Why the file could not be fetched at all (network, HTTP status). */
  failure = $state<string | null>(null);

  /** Problems to show: the fetch failure or the file's own. */
  problems: Problem[] = $derived(
    this.failure
      ? [{ path: '$', message: this.failure, severity: 'error' }]
      : (this.result?.problems ?? []),
  );

  async load(read: () => Promise<Body>, describe: (why: string) => string): Promise<void> {
    this.status = 'loading';
    let body: Body;
    try {
      body = await read();
    } catch (error) {
      this.failure = describe(error instanceof Error ? error.message : String(error));
      this.status = 'error';
      return;
    }
    performance.mark('timeline:data');
    const result = body.kind === 'value' ? loadValue(body.value) : loadText(body.text);
    performance.mark('timeline:checked');
    this.result = result;
    this.status = result.data && result.data.events.length > 0 ? 'ready' : 'error';
  }
}

/** Fetches an events file, turning HTTP failures into errors that say what happened. */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<Body> {
  // The page may have started this fetch before the app's code arrived (prefetch.ts).
  const { response, body } = await (takePrefetched(url) ?? fetchEvents(url, MAX_BYTES, signal));
  if (!response.ok) {
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  // Single-page hosts answer any unknown path with their index.html and a 200.
  if (!body) throw new Error('the server sent a web page, not an events file; check the address');
  return body;
}
