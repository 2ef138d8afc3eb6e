/**
 * Fetches and checks an events file. The page is never blank: while loading it says so,
 * and a file that cannot be fetched or read becomes an `error`, with what went wrong
 * kept as data for the view to put in the reader's language.
 */
import { loadText, loadValue, type LoadResult } from '../lib/data/load';
import type { LoadFailure } from '../lib/data/problems';
import { fetchEvents, takePrefetched, type Body } from './prefetch';
import { MAX_BYTES } from '../lib/data/limits';

export type LoadStatus = 'loading' | 'ready' | 'error';

export class DatasetLoader {
  status = $state<LoadStatus>('loading');
  result = $state.raw<LoadResult | null>(null);
  /** Why the file could not be fetched at all (network, HTTP status, a web page). */
  failure = $state.raw<LoadFailure | null>(null);

  /** What is wrong inside the file, once it was read. */
  problems = $derived(this.result?.problems ?? []);

  async load(read: () => Promise<Body>): Promise<void> {
    this.status = 'loading';
    let body: Body;
    try {
      body = await read();
    } catch (error) {
      this.failure =
        error instanceof FetchError
          ? error.failure
          : { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
      this.status = 'error';
      return;
    }
    performance.mark('timeline:data');
    const result = await (body.kind === 'value' ? loadValue(body.value) : loadText(body.text));
    performance.mark('timeline:checked');
    this.result = result;
    this.status = result.data && result.data.events.length > 0 ? 'ready' : 'error';
  }
}

/** A fetch that brought no events file, and why. */
class FetchError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.kind);
  }
}

/** Fetches an events file, turning HTTP failures into errors that say what happened. */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<Body> {
  // fetch reads these and no others; it would log its refusal of, say, `javascript:`.
  const { protocol } = new URL(url, location.href);
  if (!/^(https?|data|blob):$/.test(protocol)) throw new FetchError({ kind: 'scheme', protocol });
  // The page may have started this fetch before the app's code arrived (prefetch.ts).
  const { response, body } = await (takePrefetched(url) ?? fetchEvents(url, MAX_BYTES, signal));
  const { status, statusText } = response;
  if (!response.ok) throw new FetchError({ kind: 'status', status, statusText });
  // Single-page hosts answer any unknown path with their index.html and a 200.
  if (!body) throw new FetchError({ kind: 'page' });
  return body;
}
