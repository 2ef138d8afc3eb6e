/**
 * Fetching the events file. It starts with the page, not after the app's code: the page
 * runs `prefetch` inline (vite.config.ts writes it into index.html), so the file and the
 * code arrive side by side, and the app takes the result up with `takePrefetched`.
 *
 * The functions the page runs are serialized into it with `toString`, so each stands
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
 * Fetches and reads an events file. The browser parses it (`json()`); a file that is not
 * JSON is read again from a copy, as text, so the error can say at which line and column
 * it breaks. A file of `largeFrom` bytes or more goes to `readLarge` instead, when it is
 * given: the page's own fetch gives `readPieces`. In the benchmark harness's Chromium,
 * 30 loads each of a page that only reads a 10,000-event file: `json()` on a copy
 * 149 ms, `text()` and JSON.parse 141, bytes through a TextDecoder 137.
 */
export async function fetchEvents(
  url: string,
  maxBytes: number,
  signal?: AbortSignal,
  readLarge?: (stream: ReadableStream<Uint8Array>) => Promise<Body>,
  largeFrom = 1048576,
): Promise<Fetched> {
  const response = await fetch(url, { credentials: 'omit', signal });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || /text\/html/i.test(type)) return { response, body: null };
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  // Without a known, acceptable size the text is read, and the reader enforces the limit.
  if (!(length > 0 && length <= maxBytes)) {
    return { response, body: { kind: 'text', text: await response.text() } };
  }
  if (readLarge && length >= largeFrom && response.body) {
    return { response, body: await readLarge(response.body) };
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

/**
 * Reads a large file as it arrives and parses its events list piece by piece meanwhile,
 * on a main thread that would otherwise wait for the download, so that little is left
 * to parse when the last byte comes. The 10,000 benchmark events (4.3 MB) were ready
 * about 30 ms sooner this way (interleaved loads in the harness's Chromium).
 *
 * The list is cut only where one event ends and the next begins, `},{"id":`, spaces
 * allowed between the tokens. Those quotes are not escaped, so in valid JSON the cut
 * cannot fall inside a string; a cut inside an event's own nested list leaves a piece
 * whose brackets do not balance, which does not parse. The text around the list
 * parses on its own, and the pieces, commas put back, are the list's items in order.
 * Any doubt (a piece that does not parse, the list not a field of the top object, a
 * second "events" after it) and the whole text is parsed at the end, as before.
 */
export async function readPieces(stream: ReadableStream<Uint8Array>): Promise<Body> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const list = /"events"\s*:\s*\[/g;
  const cut = /\}\s*,\s*\{\s*"id"\s*:/g;
  /** The text as it came, for the whole parse. */
  const parts: string[] = [];
  /** The text up to the list's "[", once found; null before, "" once in doubt. */
  let head: string | null = null;
  /** The text after the last piece parsed (before the list is found: all of it). */
  let pending = '';
  /** Where in `pending` a search for the list or a cut resumes. */
  let from = 0;
  const pieces: unknown[][] = [];

  const take = () => {
    if (head === null) {
      list.lastIndex = from;
      const found = list.exec(pending);
      if (!found) {
        from = Math.max(0, pending.length - 32);
        // Headers that long belong to no file of ours: parse it whole.
        if (pending.length > 1048576) head = '';
        return;
      }
      if (depthAt(pending, found.index) !== 1) return void (head = '');
      head = pending.slice(0, list.lastIndex);
      pending = pending.slice(list.lastIndex);
      from = 0;
    }
    let end = -1;
    cut.lastIndex = from;
    for (let m = cut.exec(pending); m; m = cut.exec(pending)) end = m.index;
    if (end < 0) {
      from = Math.max(0, pending.length - 256);
      // A list with no place to cut (ids not first, say) is parsed whole.
      if (pending.length > 8388608) head = '';
      return;
    }
    try {
      pieces.push(JSON.parse(`[${pending.slice(0, end + 1)}]`) as unknown[]);
    } catch {
      head = '';
      return;
    }
    pending = pending.slice(pending.indexOf('{', end + 1));
    from = 0;
  };

  for (;;) {
    const { done, value } = await reader.read();
    const part = done ? decoder.decode() : decoder.decode(value, { stream: true });
    parts.push(part);
    if (head !== '') pending += part;
    if (done) break;
    if (head !== '') take();
  }
  try {
    if (!head || !pieces.length || pending.includes('"events"')) {
      return { kind: 'value', value: JSON.parse(parts.join('')) as unknown };
    }
    const rest = JSON.parse(head + pending) as { events: unknown[] };
    rest.events = ([] as unknown[]).concat(...pieces, rest.events);
    return { kind: 'value', value: rest };
  } catch {
    return { kind: 'text', text: parts.join('') };
  }

  /** How deep `at` lies in the JSON `text` (1: a field of the top object); -1 in a string. */
  function depthAt(text: string, at: number): number {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < at; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
    }
    return inString ? -1 : depth;
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
  readLarge: typeof readPieces,
): void {
  try {
    const url = new URLSearchParams(location.search).get('data')?.trim() || fallback;
    // Only what fetch can read (as fetchBody checks): any other address, the app refuses.
    if (!url || !/^(https?|data|blob):$/.test(new URL(url, location.href).protocol)) return;
    const fetched = fetchFile(url, maxBytes, undefined, readLarge);
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

/**
 * The inline script for index.html. Only the page's own fetch reads large files in
 * pieces: the app's code, which fetches only when the page did not, stays without it.
 */
export function prefetchScript(fallback: string | null, maxBytes: number): string {
  const args = [JSON.stringify(PREFETCH_KEY), JSON.stringify(fallback), String(maxBytes)];
  const functions = [fetchEvents, readPieces].map(String);
  return `(${prefetch.toString()})(${args.join(', ')}, ${functions.join(', ')});`;
}
