import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../time/edtf';
import { byTime, type PlacedEvent } from './semantics';

function event(id: string, date: string): PlacedEvent {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.fault.key);
  return { id, title: id, date, status: 'held', topics: [], sources: [], when: parsed.value };
}

describe('byTime', () => {
  it('puts an open start first, and an open end after what started the same day', () => {
    const events = [
      event('going', '2022-05-01/..'),
      event('bar', '2022-05-01/2022-05-03'),
      event('day', '2022-05-01'),
      event('before', '../2023'),
      event('month', '2022-04'),
    ];
    expect(events.sort(byTime).map((e) => e.id)).toEqual([
      'before',
      'month',
      'day',
      'bar',
      'going',
    ]);
  });

  it("orders an unknown end by its known end's days", () => {
    const events = [event('b', '/2022-05-02'), event('a', '2022-05-01/')];
    expect(events.sort(byTime).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
