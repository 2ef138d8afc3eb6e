import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadValue } from './load';

const DATASET = JSON.parse(
  readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'),
) as { events: Record<string, unknown>[]; sources: { id: string }[] };

describe("a problem's path", () => {
  it('names a reference with no quote at its place in the file, after one that was dropped', () => {
    const event = {
      ...DATASET.events[1],
      sources: [{ source: 'no-such-source', quote: 'Quoted.' }, { source: DATASET.sources[0]!.id }],
    };
    const { problems } = loadValue({ ...DATASET, events: [event] });
    const about = problems.filter((p) => p.path.startsWith('$.events[0].sources'));
    expect(about.map((p) => [p.path, p.said.key])).toEqual([
      ['$.events[0].sources[0].source', 'noSuch'],
      ['$.events[0].sources[1]', 'noQuote'],
    ]);
  });
});
