import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, EMPTY_VIEW } from './hash';
import { toDay } from '../time/days';

describe('parseHash', () => {
  it('reads the event, topics and visible window', () => {
    expect(
      parseHash('#event=first-round&topics=labor,environment&from=2022-01-01&to=2022-12-31'),
    ).toEqual({
      event: 'first-round',
      topics: ['labor', 'environment'],
      from: toDay(2022, 1, 1),
      to: toDay(2022, 12, 31),
      stop: null,
    });
  });

  it.each([
    ['an empty hash', ''],
    ['unknown parameters', '#zoom=3&foo=bar'],
    ['an id with markup', '#event=<script>'],
    ['a window that ends before it starts', '#from=2023-01-01&to=2022-01-01'],
    ['a day that does not exist', '#from=2022-02-30&to=2022-03-10'],
    ['half a window', '#from=2022-01-01'],
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

describe('formatHash', () => {
  it('writes nothing for the default view', () => {
    expect(formatHash(EMPTY_VIEW)).toBe('');
  });

  it('round-trips a view', () => {
    const view = {
      event: 'launch',
      topics: ['labor'],
      from: toDay(2021, 11, 1),
      to: toDay(2022, 3, 1),
      stop: 2,
    };
    expect(formatHash(view)).toBe(
      '#event=launch&topics=labor&from=2021-11-01&to=2022-03-01&stop=2',
    );
    expect(parseHash(formatHash(view))).toEqual(view);
  });
});
