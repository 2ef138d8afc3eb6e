import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../time/edtf';
import { MS_PER_DAY, toDay } from '../time/days';
import type { PlacedEvent } from '../data/semantics';
import { extentOf, indexEvents } from './eventIndex';
import { shapeOf } from './shape';

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

  it('draws an approximate or uncertain day as a soft dot, and an interval soft at such an end', () => {
    const doubtful = [event('e', '2023-10-05?', []), event('f', '2023-10-05~/2023-10-09', [])];
    expect(doubtful.map((e) => shapeOf(e.when))).toEqual(['soft-point', 'soft-start']);
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

describe('indexEvents with open ends', () => {
  // In time order, as the file check leaves them: an open start first.
  const events = [
    event('before', '../2022-03', ['labor']),
    event('a', '2021-11-17', []),
    event('b', '2022-05-01/2022-05-03', []),
    event('going', '2023-05-19/..', ['labor']),
    event('c', '2023-11', []),
  ];

  it('reaches an open end to the "as of" day and widens the span to it', () => {
    const index = indexEvents(events, toDay(2024, 7, 30));
    expect(index.reach).toEqual({ earliest: toDay(2021, 11, 17), latest: toDay(2024, 7, 30) });
    expect(extentOf(events[3]!.when, index.reach)).toEqual([day(2023, 5, 19), day(2024, 7, 31)]);
    expect(index.span).toEqual([day(2021, 11, 17), day(2024, 7, 31)]);
  });

  it('reaches an open end to the latest day of the data without an "as of" day', () => {
    const index = indexEvents(events);
    expect(extentOf(events[3]!.when, index.reach)).toEqual([day(2023, 5, 19), day(2023, 12, 1)]);
    expect(index.span).toEqual([day(2021, 11, 17), day(2023, 12, 1)]);
  });

  it('reaches an open start back to the earliest day of the data, which keeps the order', () => {
    const index = indexEvents(events);
    expect(extentOf(events[0]!.when, index.reach)).toEqual([day(2021, 11, 17), day(2022, 4, 1)]);
    expect(index.columns.starts[0]).toBe(day(2021, 11, 17));
    expect([...index.columns.order]).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the open footprints out of the longest duration, and lists them', () => {
    const index = indexEvents(events, toDay(2024, 7, 30));
    expect(index.columns.maxDuration).toBe(day(2023, 12, 1) - day(2023, 11, 1));
    expect([...index.columns.open].map((p) => events[index.columns.order[p]!]!.id)).toEqual([
      'before',
      'going',
    ]);
  });

  it('lists the open footprints by their sorted position when an expected date reorders them', () => {
    const early = [event('going', '2022-01-10/..', []), event('late', '2022-02-01', [], '2021-12')];
    const index = indexEvents(early);
    expect([...index.columns.order]).toEqual([1, 0]);
    expect([...index.columns.open]).toEqual([1]);
  });

  it('draws an open end and an open start as open marks, whatever their precision', () => {
    expect(['2023-05-19/..', '2023-05~/..', '../2022-03'].map((d) => shapeOf(when(d)))).toEqual([
      'open-end',
      'open-end',
      'open-start',
    ]);
  });
});
