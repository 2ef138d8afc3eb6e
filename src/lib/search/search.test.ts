import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, search, searchIndex } from './search';
import { loadText } from '../data/load';

const data = loadText(
  readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'),
).data!;
const index = searchIndex(data);
const ids = (query: string) => search(index, query).map((hit) => data.events[hit.event]!.id);

describe('search', () => {
  it('finds an event by a word of its title, first', () => {
    expect(ids('fifth round')[0]).toBe('round-5');
  });

  it('finds an event by a Japanese word, in a page of any language', () => {
    expect(ids('重要鉱物')).toEqual(expect.arrayContaining(['round-4', 'round-5']));
    expect(ids('第3回会合')).toEqual(['round-3']);
  });

  it("finds the events a person led by the person's name, romanised or in kanji", () => {
    expect(ids('Beeman')).toEqual(expect.arrayContaining(['round-1', 'round-2']));
    expect(ids('小野啓一')).toContain('round-1');
  });

  it('finds an event by a word of a quoted sentence, after those whose title has it', () => {
    const quoted = loadText(
      JSON.stringify({
        title: 'T',
        sources: [
          {
            id: 's',
            title: 'S',
            publisher: 'P',
            url: 'https://example.org/',
            published: '2022',
            level: 'primary',
          },
        ],
        topics: [],
        events: [
          {
            id: 'a',
            title: 'A meeting',
            date: '2022-01-02',
            status: 'held',
            topics: [],
            sources: [{ source: 's', quote: 'They spoke of ethanol.' }],
          },
          {
            id: 'b',
            title: 'Ethanol talks',
            date: '2022-02-02',
            status: 'held',
            topics: [],
            sources: [{ source: 's', note: 'N' }],
          },
        ],
      }),
    ).data!;
    expect(search(searchIndex(quoted), 'ethanol')).toEqual([
      { event: 1, field: 'title' },
      { event: 0, field: 'quote' },
    ]);
  });

  it('needs every word of the query, in any of the texts', () => {
    expect(ids('third round tokyo')).toContain('round-3');
    expect(ids('fifth round tokyo')).toEqual([]);
  });

  it('finds an event by the place it met', () => {
    expect(ids('東京')).toContain('round-3');
  });

  it('folds case, width and accents', () => {
    expect(fold('ＵＳＴＲ Tōkyō')).toBe('ustr tokyo');
    expect(ids('ＵＳＴＲ').length).toBeGreaterThan(0);
  });

  it('finds nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([]);
  });
});
