import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FetchError, fetchBody } from './fetch';
import { MAX_BYTES, SILENCE_MS } from '../lib/data/limits';

const MiB = 1024 * 1024;

/** A body that sends `chunk` bytes each time it is asked, without end, and counts them. */
function endless(chunk = MiB) {
  const sent = { bytes: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
    cancel() {
      sent.cancelled = true;
    },
  });
  return { body, sent };
}

/** A fetch that never answers, and gives up only when it is aborted. */
function silent(_url: unknown, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('aborted', 'AbortError')),
    );
  });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(FetchError);
  return (error as FetchError).failure;
}

beforeEach(() => {
  vi.stubGlobal('location', new URL('https://timeline.example/'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchBody', () => {
  it('reads a file as UTF-8 text, with its size in bytes', async () => {
    vi.stubGlobal('fetch', async () => new Response('\ufeff{"title": "日米"}'));
    expect(await fetchBody('/events.json')).toEqual({ text: '{"title": "日米"}', bytes: 22 });
  });

  it('stops reading a file that says no length once it passes the limit', async () => {
    const { body, sent } = endless();
    vi.stubGlobal('fetch', async () => new Response(body));
    expect(await failure(fetchBody('/endless.json'))).toEqual({ kind: 'tooLarge', max: MAX_BYTES });
    expect(sent.cancelled).toBe(true);
    expect(sent.bytes).toBeLessThan(MAX_BYTES + 4 * MiB);
  });

  it('reads none of a file whose length is over the limit', async () => {
    const { body, sent } = endless();
    const headers = { 'content-length': String(100 * MiB) };
    vi.stubGlobal('fetch', async () => new Response(body, { headers }));
    expect(await failure(fetchBody('/huge.json'))).toEqual({
      kind: 'tooLarge',
      bytes: 100 * MiB,
      max: MAX_BYTES,
    });
    expect(sent.cancelled).toBe(true);
    expect(sent.bytes).toBeLessThanOrEqual(MiB);
  });

  it('gives up on a server that sends nothing for 20 seconds', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', silent);
    const result = failure(fetchBody('/silent.json'));
    await vi.advanceTimersByTimeAsync(SILENCE_MS);
    expect(await result).toEqual({ kind: 'timeout', seconds: 20 });
  });

  it('waits for a slow file that keeps coming', async () => {
    vi.useFakeTimers();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, SILENCE_MS - 1_000));
        if (sent++ === 3) controller.close();
        else controller.enqueue(new TextEncoder().encode(sent === 1 ? '{"a":' : ' 1 '));
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body));
    const result = fetchBody('/slow.json');
    await vi.advanceTimersByTimeAsync(5 * SILENCE_MS);
    expect((await result).text).toBe('{"a": 1  1 ');
  });

  it("says another site's server does not allow the read (CORS) when it answers without", async () => {
    vi.stubGlobal('fetch', async (_url: unknown, init?: RequestInit) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    });
    expect(await failure(fetchBody('https://data.example.org/events.json'))).toEqual({
      kind: 'cors',
      origin: 'https://data.example.org',
    });
  });

  it('says the network failed when no server answers at all', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await failure(fetchBody('https://data.example.org/events.json'))).toEqual({
      kind: 'network',
      detail: 'Failed to fetch',
    });
  });

  it("passes the caller's own abort on as it was", async () => {
    vi.stubGlobal('fetch', silent);
    const controller = new AbortController();
    const result = fetchBody('/events.json', controller.signal).catch((error: unknown) => error);
    controller.abort();
    expect(await result).toBeInstanceOf(DOMException);
  });
});
