/**
 * Fetching an events file, with what went wrong said as data (problems.ts) for the view
 * to put in the reader's language. The page starts the same fetch before the app's code
 * has arrived (public/prefetch.js), and this one takes its response over.
 */
import type { LoadFailure } from '../lib/data/problems';
import { MAX_BYTES } from '../lib/data/limits';

/** A fetch that brought no events file, and why. */
export class FetchError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.kind);
  }
}

/** An events file as read: its text, and its size in bytes where the server said it. */
export interface Body {
  text: string;
  bytes?: number;
}

/** The events file at `url`, or a FetchError that says why there is none. */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<Body> {
  // fetch reads these and no others; it would log its refusal of, say, `javascript:`.
  const { protocol } = new URL(url, location.href);
  if (!/^(https?|data|blob):$/.test(protocol)) throw new FetchError({ kind: 'scheme', protocol });
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError({ kind: 'network', detail: String((error as Error).message ?? error) });
  }
  const { status, statusText } = response;
  if (!response.ok) throw new FetchError({ kind: 'status', status, statusText });
  // Single-page hosts answer any unknown path with their index.html and a 200.
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    throw new FetchError({ kind: 'page' });
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  // Larger than any events file: the reader says so without this text being read.
  if (length > MAX_BYTES) return { text: '', bytes: length };
  return { text: await response.text(), ...(length > 0 ? { bytes: length } : {}) };
}
