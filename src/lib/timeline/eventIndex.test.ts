import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../time/edtf';
import { MS_PER_DAY, toDay } from '../time/days';
import type { PlacedEvent } from '../data/semantics';
import { extentOf, indexEvents, shapeOf } from './eventIndex';

function when(text: string) {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.fault.key);
  return parsed.value;
}

function event(id: string, date: string, topics: string[], expected?: string): PlacedEvent {
  return {
    id,
    title: id,
    date,
    status: 'held',
    topics,
    sources: [{ source: 's', quote: 'q' }],
    when: when(date),
    ...(expected ? { expectedWhen: when(expected) } : {}),
  };
}

const day = (y: number, m: number, d: number) => toDay(y, m, d) * MS_PER_DAY;

describe('indexEvents', () => {
  const events = [
    event('a', '2022-02-28', ['labor']),
    event('b', '2022-05-01/2022-05-03', ['labor', 'digital']),
    // Expected in spring, held in summer: its footprint starts before b's.
    event('c', '2022-07', [], '2022-04'),
    event('d', '2023', ['digital']),
  ];
  const index = indexEvents(events);

  it('gives each event its extent and its shape, and the data its span', () => {
    expect(extentOf(events[0]!.when)).toEqual([day(2022, 2, 28), day(2022, 3, 1)]);
    expect(events.map((e) => shapeOf(e.when))).toEqual(['point', 'bar', 'soft', 'soft']);
    expect(index.span).toEqual([day(2022, 2, 28), day(2024, 1, 1)]);
  });

  it('draws an approximate or uncertain day as a soft dot, and such an interval as a soft span', () => {
    const doubtful = [event('e', '2023-10-05?', []), event('f', '2023-10-05~/2023-10-09', [])];
    expect(doubtful.map((e) => shapeOf(e.when))).toEqual(['soft-point', 'soft']);
  });

  it('sorts the footprints by start, an expected date included', () => {
    expect([...index.columns.order]).toEqual([0, 2, 1, 3]);
    expect([...index.columns.starts]).toEqual([
      day(2022, 2, 28),
      day(2022, 4, 1),
      day(2022, 5, 1),
      day(2023, 1, 1),
    ]);
    expect(index.columns.maxDuration).toBe(day(2024, 1, 1) - day(2023, 1, 1));
  });

  it('keeps the order of events already sorted', () => {
    const sorted = indexEvents([events[0]!, events[1]!, events[3]!]);
    expect([...sorted.columns.order]).toEqual([0, 1, 2]);
  });

  it("finds each topic's events, in time order", () => {
    expect(index.byTopic.get('labor')?.map((e) => e.id)).toEqual(['a', 'b']);
    expect(index.byTopic.get('digital')?.map((e) => e.id)).toEqual(['b', 'd']);
    expect(index.byTopic.has('trade')).toBe(false);
  });

  it('has no span without events', () => {
    expect(indexEvents([]).span).toBeNull();
  });
});
