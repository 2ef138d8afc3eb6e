import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadValue } from './load';

const DATASET = JSON.parse(
  readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'),
) as { events: Record<string, unknown>[] };

/** The default dataset with `n` events that are each wrong in four fields. */
function allBad(n: number) {
  const event = DATASET.events[0]!;
  const events = Array.from({ length: n }, (_, i) => ({
    ...event,
    id: `e-${i}`,
    title: 5,
    status: 'done',
    topics: 'x',
    sources: {},
  }));
  return { ...DATASET, events };
}

function timed(value: unknown): number {
  const start = performance.now();
  loadValue(value);
  return performance.now() - start;
}

describe('checking a file whose records are all bad', () => {
  it('costs time in proportion to its records, not to their square', () => {
    // 20,000 such events took 30 s here when each skipped record searched every problem
    // of the file for its own; in proportion, they take about half a second.
    const small = allBad(5_000);
    const large = allBad(20_000);
    timed(small);
    const ms = timed(large);
    expect(ms).toBeLessThan(5_000);
    expect(ms / timed(small)).toBeLessThan(10);
  });

  it('gives each skipped record its own problems as the reason', () => {
    const { skipped, problems } = loadValue(allBad(3));
    expect(skipped.map((s) => s.path)).toEqual(['$.events[0]', '$.events[1]', '$.events[2]']);
    for (const [i, record] of skipped.entries()) {
      const own = problems.filter((p) => p.path.startsWith(`$.events[${i}].`));
      expect(record.because).toEqual(own.map((p) => p.said));
    }
  });

  it('takes a record with 300,000 wrong items in its stride', () => {
    // Its problems, spread into one call, passed the engine's limit on arguments.
    const event = { ...DATASET.events[0]!, topics: new Array(300_000).fill(0) };
    const { problems, skipped } = loadValue({ ...DATASET, events: [event] });
    expect(problems.filter((p) => p.path.startsWith('$.events[0].topics['))).toHaveLength(300_000);
    expect(skipped.map((s) => s.path)).toEqual(['$.events[0]']);
  });
});
