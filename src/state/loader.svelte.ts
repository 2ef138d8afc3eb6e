/**
 * Fetches and checks an events file. The page is never blank: while loading it says so,
 * and a file that cannot be fetched or read becomes an `error` with a sentence that
 * says what and where.
 */
import { loadText, type LoadResult } from '../lib/data/load';
import type { Problem } from '../lib/data/problems';

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

  async load(read: () => Promise<string>, describe: (why: string) => string): Promise<void> {
    this.status = 'loading';
    let text: string;
    try {
      text = await read();
    } catch (error) {
      this.failure = describe(error instanceof Error ? error.message : String(error));
      this.status = 'error';
      return;
    }
    const result = loadText(text);
    this.result = result;
    this.status = result.data && result.data.events.length > 0 ? 'ready' : 'error';
  }
}

/** Reads a URL as text, turning HTTP failures into errors that say what happened. */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) {
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  // Single-page hosts answer any unknown path with their index.html and a 200.
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    throw new Error('the server sent a web page, not an events file; check the address');
  }
  return response.text();
}
