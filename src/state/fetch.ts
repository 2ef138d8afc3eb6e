/**
 * Fetching an events file, with what went wrong said as data (problems.ts) for the view
 * to put in the reader's language. The page starts the same fetch before the app's code
 * has arrived (public/prefetch.js), and this one takes its response over.
 */
import type { LoadFailure } from '../lib/data/problems';
import { MAX_BYTES, SILENCE_MS } from '../lib/data/limits';

/** A fetch that brought no events file, and why. */
export class FetchError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.kind);
  }
}

/** An events file as read: its text, and its size in bytes. */
export interface Body {
  text: string;
  bytes?: number;
}

/**
 * The events file at `url`, or a FetchError that says why there is none: the server
 * refused it or sent a web page, another site's server does not let this page read it,
 * it sent nothing for `SILENCE_MS`, or the file is larger than `MAX_BYTES`.
 */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<Body> {
  // fetch reads these and no others; it would log its refusal of, say, `javascript:`.
  const address = new URL(url, location.href);
  if (!/^(https?|data|blob):$/.test(address.protocol)) {
    throw new FetchError({ kind: 'scheme', protocol: address.protocol });
  }
  const watch = new Silence(signal);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: watch.signal });
    } catch (error) {
      throw await whyNot(address, error, watch, signal);
    }
    watch.heard();
    const { status, statusText } = response;
    if (!response.ok) throw new FetchError({ kind: 'status', status, statusText });
    // Single-page hosts answer any unknown path with their index.html and a 200.
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
      throw new FetchError({ kind: 'page' });
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    // Larger than any events file: said without a byte of it read.
    if (length > MAX_BYTES) {
      void response.body?.cancel();
      throw new FetchError({ kind: 'tooLarge', bytes: length, max: MAX_BYTES });
    }
    try {
      return await readUpTo(response, MAX_BYTES, () => watch.heard());
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw await whyNot(address, error, watch, signal);
    }
  } finally {
    watch.stop();
  }
}

/**
 * Aborts a fetch when the server has sent nothing for `SILENCE_MS`: no answer, or no
 * byte of the body since the last. A slow file that keeps coming is never cut short.
 */
class Silence {
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #outer: AbortSignal | undefined;
  timedOut = false;

  constructor(outer?: AbortSignal) {
    this.#outer = outer;
    outer?.addEventListener('abort', this.#abort);
    this.heard();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  #abort = () => this.#controller.abort();

  heard(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.timedOut = true;
      this.#abort();
    }, SILENCE_MS);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#outer?.removeEventListener('abort', this.#abort);
  }
}

/** Why a fetch failed, as a reader can act on it; the caller's own abort as it was. */
async function whyNot(
  address: URL,
  error: unknown,
  watch: Silence,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  if (watch.timedOut) return new FetchError({ kind: 'timeout', seconds: SILENCE_MS / 1000 });
  if (signal?.aborted) return error;
  const detail = String((error as Error)?.message ?? error);
  // fetch says no more than "Failed to fetch" when another site's server does not let
  // this page read its answer (CORS). A request that asks for no answer to read tells
  // the two apart: it succeeds if the server answered at all.
  if (/^https?:$/.test(address.protocol) && address.origin !== location.origin) {
    const answered = await fetch(address, { mode: 'no-cors', signal: watch.signal }).then(
      () => true,
      () => false,
    );
    if (answered) return new FetchError({ kind: 'cors', origin: address.origin });
  }
  return new FetchError({ kind: 'network', detail });
}

/**
 * The body as text, read as it comes, and given up on past `max` bytes: a server that
 * does not say how long its answer is could send without end.
 */
async function readUpTo(response: Response, max: number, heard: () => void): Promise<Body> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', bytes: 0 };
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    heard();
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel();
      throw new FetchError({ kind: 'tooLarge', max });
    }
    chunks.push(value);
  }
  // Decoded once, as Response.text() would (UTF-8, a byte-order mark dropped).
  const whole = chunks.length === 1 ? chunks[0]! : new Uint8Array(bytes);
  if (chunks.length !== 1) {
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  return { text: new TextDecoder().decode(whole), bytes };
}
