import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, EMPTY_VIEW } from './hash';
import { MS_PER_DAY, toDay } from '../time/days';

const at = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
  toDay(year, month, day) * MS_PER_DAY + (hours * 60 + minutes) * 60_000;

describe('parseHash', () => {
  it('reads the event, topics and visible window', () => {
    expect(
      parseHash('#event=first-round&topics=labor,environment&from=2022-01-01&to=2022-12-31'),
    ).toEqual({
      event: 'first-round',
      topics: ['labor', 'environment'],
      from: at(2022, 1, 1),
      to: at(2022, 12, 31),
      stop: null,
      query: '',
    });
  });

  it.each([
    ['an empty hash', ''],
    ['unknown parameters', '#zoom=3&foo=bar'],
    ['an id with markup', '#event=<script>'],
    ['a window that ends before it starts', '#from=2023-01-01&to=2022-01-01'],
    ['a day that does not exist', '#from=2022-02-30&to=2022-03-10'],
    ['half a window', '#from=2022-01-01'],
    ['an hour past the day', '#from=2022-01-01T24:00Z&to=2022-01-03'],
    ['a time without its zone', '#from=2022-01-01T06:00&to=2022-01-03'],
    ['a stop that is not a positive whole number', '#stop=-2'],
  ])('falls back to the default view for %s', (_, hash) => {
    const view = parseHash(hash);
    expect(view.event).toBeNull();
    expect(view.stop).toBeNull();
    expect(view.from === null || view.to === null || view.from < view.to).toBe(true);
  });

  it('drops repeated and malformed topics', () => {
    expect(parseHash('#topics=labor,,labor,Bad Id').topics).toEqual(['labor']);
  });
});

describe('the search query in the hash', () => {
  it('is written as typed, escaped, and read back the same, in any script', () => {
    for (const query of ['Beeman', 'fifth round', '重要鉱物', 'a&b=c#d']) {
      const hash = formatHash({ ...EMPTY_VIEW, query });
      expect(hash.startsWith('#q=')).toBe(true);
      expect(parseHash(hash).query).toBe(query);
    }
  });

  it('is left out while empty or blank', () => {
    expect(formatHash({ ...EMPTY_VIEW, query: '  ' })).toBe('');
  });
});

describe('formatHash', () => {
  it('writes nothing for the default view', () => {
    expect(formatHash(EMPTY_VIEW)).toBe('');
  });

  it('round-trips a view', () => {
    const view = {
      event: 'launch',
      topics: ['labor'],
      from: at(2021, 11, 1),
      to: at(2022, 3, 1),
      stop: 2,
      query: '',
    };
    expect(formatHash(view)).toBe(
      '#event=launch&topics=labor&from=2021-11-01&to=2022-03-01&stop=2',
    );
    expect(parseHash(formatHash(view))).toEqual(view);
  });

  it('writes a narrow window to the minute, so that opening the URL shows what was seen', () => {
    const view = { ...EMPTY_VIEW, from: at(2022, 2, 28, 6, 30), to: at(2022, 3, 2, 18, 5) };
    expect(formatHash(view)).toBe('#from=2022-02-28T06:30Z&to=2022-03-02T18:05Z');
    expect(parseHash(formatHash(view))).toEqual(view);
  });

  it('writes a window of months to the hour and one of years to the day', () => {
    const months = { ...EMPTY_VIEW, from: at(2022, 1, 10, 7, 40), to: at(2022, 6, 1) };
    expect(formatHash(months)).toBe('#from=2022-01-10T08:00Z&to=2022-06-01');
    const years = { ...EMPTY_VIEW, from: at(2021, 1, 10, 7), to: at(2027, 6, 1) };
    expect(formatHash(years)).toBe('#from=2021-01-10&to=2027-06-01');
  });
});
