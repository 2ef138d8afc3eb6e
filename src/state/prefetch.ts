/**
 * Fetching the events file. It starts with the page, not after the app's code: the page
 * runs `prefetch` inline (vite.config.ts writes it into index.html), so the file and the
 * code arrive side by side, and the app takes the result up with `takePrefetched`.
 *
 * Both functions here are serialized into the page with `toString`, so each stands
 * alone: no imports, no outer names.
 */

/** Where the inline script leaves its fetch for the app. */
export const PREFETCH_KEY = '__partnershipTimelinePrefetch';

/** The body of an events file: parsed, or as text when it is not JSON, or not read. */
export type Body = { kind: 'value'; value: unknown } | { kind: 'text'; text: string };

export interface Fetched {
  response: Response;
  /** null when the response is not an events file (an HTTP error, a web page). */
  body: Body | null;
}

/**
 * Fetches and reads an events file. The body is parsed by the browser (`json()`); a
 * file that is not JSON is read again from a copy, as text, so the error can say at
 * which line and column it breaks. In the benchmark harness's Chromium, 30 loads each
 * of a page that only reads a 10,000-event file: `json()` on a copy 149 ms, `text()`
 * and JSON.parse 141, bytes through a TextDecoder 137; the last, tried in the app, was
 * no faster there (229 against 222 ms, 40 loads each).
 */
export async function fetchEvents(
  url: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Fetched> {
  const response = await fetch(url, { credentials: 'omit', signal });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || /text\/html/i.test(type)) return { response, body: null };
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  // Without a known, acceptable size the text is read, and the reader enforces the limit.
  if (!(length > 0 && length <= maxBytes)) {
    return { response, body: { kind: 'text', text: await response.text() } };
  }
  const copy = response.clone();
  try {
    const value: unknown = await response.json();
    copy.body?.cancel().catch(() => undefined);
    return { response, body: { kind: 'value', value } };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { response, body: { kind: 'text', text: await copy.text() } };
  }
}

type Host = Record<string, { url: string; fetched: Promise<Fetched> } | undefined>;

/**
 * Runs in the page before any module. It reads `?data=` as parseConfig does, but by
 * itself; `fallback` is the default file's URL, or null when the page carries its data.
 */
export function prefetch(
  key: string,
  fallback: string | null,
  maxBytes: number,
  fetchFile: typeof fetchEvents,
): void {
  try {
    const url = new URLSearchParams(location.search).get('data')?.trim() || fallback;
    if (!url) return;
    const fetched = fetchFile(url, maxBytes);
    // A failure is the app's to report when it takes the fetch up; until then, quiet.
    fetched.catch(() => undefined);
    (window as unknown as Host)[key] = { url, fetched };
  } catch {
    // The app fetches the file itself.
  }
}

/** The page's fetch of `url`, once: a second timeline on the page fetches its own. */
export function takePrefetched(url: string): Promise<Fetched> | null {
  const host = globalThis as unknown as Host;
  const prefetched = host[PREFETCH_KEY];
  if (!prefetched || prefetched.url !== url) return null;
  host[PREFETCH_KEY] = undefined;
  return prefetched.fetched;
}

/** The inline script for index.html. */
export function prefetchScript(fallback: string | null, maxBytes: number): string {
  const args = [JSON.stringify(PREFETCH_KEY), JSON.stringify(fallback), String(maxBytes)];
  return `(${prefetch.toString()})(${args.join(', ')}, ${fetchEvents.toString()});`;
}
