/**
 * Reads and checks an events file. The page is never blank: while loading it says so,
 * and a file that cannot be fetched or read becomes an `error`, with what went wrong
 * kept as data for the view to put in the reader's language.
 */
import { loadText, type LoadResult } from '../lib/data/load';
import type { LoadFailure } from '../lib/data/problems';
import { FetchError, type Body } from './fetch';

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
    let result: LoadResult;
    try {
      result = loadText(body.text, body.bytes);
    } catch (error) {
      // A fault of ours, not of the file: the page says it cannot read the file rather
      // than say it is loading for ever, and the console keeps what went wrong.
      console.error(error);
      this.status = 'error';
      return;
    }
    performance.mark('timeline:checked');
    this.result = result;
    this.status = result.data && result.data.events.length > 0 ? 'ready' : 'error';
  }
}
