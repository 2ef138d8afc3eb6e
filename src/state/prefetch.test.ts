import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEvents, readPieces, type Body } from './prefetch';
import { mulberry32 } from '../lib/random';

const MAX = 64 * 1024 * 1024;

/** Serves `text` to the next fetch, in chunks of `size` bytes, as a file server would. */
function serve(text: string, size: number): void {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  const headers = { 'content-type': 'application/json', 'content-length': String(bytes.length) };
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(stream, { headers })));
}

/** Reads `text` served in chunks of `size`, always piece by piece (any size qualifies). */
async function read(text: string, size: number): Promise<{ body: Body; parses: number }> {
  serve(text, size);
  const parse = vi.spyOn(JSON, 'parse');
  try {
    const { body } = await fetchEvents('/events.json', MAX, undefined, readPieces, 1);
    return { body: body!, parses: parse.mock.calls.length };
  } finally {
    parse.mockRestore();
  }
}

/** A file of `n` events in our format, with text that tries to look like a cut. */
function dataset(n: number, random = mulberry32(n)) {
  const words = ['trade', '日本語', 'rounds', '"quoted"', '},{"id":"x"', 'naïve', '🙂', '\\'];
  const text = (k: number) =>
    Array.from({ length: k }, () => words[Math.floor(random() * words.length)]).join(' ');
  return {
    title: { en: 'Piecewise', ja: '分割' },
    sources: [{ id: 's', title: 'Source', publisher: 'P', url: 'https://example.org/' }],
    topics: [{ id: 't', label: 'Topic' }],
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: text(3),
      date: '2022-02-28',
      status: 'held',
      topics: ['t'],
      summary: text(12),
      sources: [{ source: 's', quote: text(4) }],
      ...(random() < 0.2 ? { zones: [{ zone: 'Asia/Tokyo', date: '2022-03-01' }] } : {}),
    })),
    stops: [{ id: 'stop', note: 'Last' }],
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchEvents, reading a large file piece by piece', () => {
  it('gives what JSON.parse gives, whatever the chunks, parsing the list in pieces', async () => {
    const text = JSON.stringify(dataset(300));
    for (const size of [1, 7, 64, 1000, 4096, text.length * 4]) {
      const { body, parses } = await read(text, size);
      expect(body).toEqual({ kind: 'value', value: JSON.parse(text) });
      // One parse of the whole text means the pieces were not used.
      if (size < 4096) expect(parses).toBeGreaterThan(2);
    }
  });

  it('reads indented files in pieces too', async () => {
    const text = JSON.stringify(dataset(50), null, 2);
    const { body, parses } = await read(text, 256);
    expect(body).toEqual({ kind: 'value', value: JSON.parse(text) });
    expect(parses).toBeGreaterThan(2);
  });

  it('gives what JSON.parse gives for files it cannot cut, parsed whole', async () => {
    const events = dataset(40).events;
    const cases = [
      // A nested "events" list before the real one.
      { topics: [{ id: 't', events: [{ id: 'a' }, { id: 'b' }] }], events },
      // A key that only looks like "events" from the inside of a string.
      { ['a"events']: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
      // Ids not first: no place to cut.
      { events: events.map(({ id, ...rest }) => ({ ...rest, id })) },
      // Items that are not all objects.
      { events: [1, 'two', { id: 'a' }, { id: 'b' }, null, { id: 'c' }] },
    ];
    for (const value of cases) {
      const text = JSON.stringify(value);
      const { body } = await read(text, 37);
      expect(body).toEqual({ kind: 'value', value: JSON.parse(text) });
    }
    // Two top-level lists, JSON.parse keeps the last: written out, as an object cannot.
    const twice = `{"events":[{"id":"a"},{"id":"b"}],"title":"x","events":[{"id":"c"}]}`;
    expect((await read(twice, 5)).body).toEqual({ kind: 'value', value: JSON.parse(twice) });
  });

  it('keeps a byte order mark and multi-byte characters split across chunks apart', async () => {
    const text = JSON.stringify(dataset(30));
    const { body } = await read(`\uFEFF${text}`, 3);
    expect(body).toEqual({ kind: 'value', value: JSON.parse(text) });
  });

  it('gives the whole text of a file that is not JSON, so its error can say where', async () => {
    const text = JSON.stringify(dataset(60));
    for (const broken of [text.slice(0, -40), text.replace('"e30"', '"e30",,'), 'id,title\n']) {
      const { body } = await read(broken, 50);
      expect(body).toEqual({ kind: 'text', text: broken });
    }
  });

  it('agrees with JSON.parse on random files and random chunk sizes', async () => {
    const random = mulberry32(20261128);
    for (let round = 0; round < 40; round++) {
      const data = dataset(1 + Math.floor(random() * 80), random);
      const text = random() < 0.3 ? JSON.stringify(data, null, 1) : JSON.stringify(data);
      const { body } = await read(text, 1 + Math.floor(random() * 300));
      expect(body).toEqual({ kind: 'value', value: JSON.parse(text) });
    }
  });

  it('reads a file under the size whole, as the browser parses it', async () => {
    const text = JSON.stringify(dataset(20));
    const bytes = new TextEncoder().encode(text).length;
    serve(text, 64);
    const parse = vi.spyOn(JSON, 'parse');
    const { body } = await fetchEvents('/events.json', MAX, undefined, readPieces, bytes + 1);
    expect(body).toEqual({ kind: 'value', value: JSON.parse(text) });
    // Parsed whole (by Response.json(), which here calls JSON.parse itself), not in pieces.
    expect(parse.mock.calls.map(([arg]) => String(arg).length)).toEqual([text.length, text.length]);
    parse.mockRestore();
  });
});
