import { describe, expect, it } from 'vitest';
import { loadValue } from '../../src/lib/data/load';
import { fromNeutral } from './neutral.mjs';

/** Events as the shared harness writes them: plain strings, ASCII, a range or a day. */
const neutral = {
  events: [
    {
      id: 'e1',
      title: 'Budget council signs treaty',
      start: '2022-01-02',
      topics: ['Economy'],
      summary: 'Several reported.',
    },
    {
      id: 'e2',
      title: 'Science inquiry resumes',
      start: '2022-01-03',
      end: '2022-02-10',
      topics: ['Science', 'Economy'],
      summary: 'Observers archive.',
    },
  ],
};

describe('the benchmark converter', () => {
  it('writes a file our loader keeps whole: no problem, no record skipped', async () => {
    const { data, problems, skipped } = await loadValue(fromNeutral(neutral));
    expect(problems).toEqual([]);
    expect(skipped).toEqual([]);
    expect(data?.events.map((e) => [e.id, e.date, e.topics])).toEqual([
      ['e1', '2022-01-02', ['economy']],
      ['e2', '2022-01-03/2022-02-10', ['science', 'economy']],
    ]);
  });

  it('adds no character past ASCII to an ASCII file, so it parses as the peers’ do', () => {
    expect(JSON.stringify(fromNeutral(neutral))).toMatch(/^[\x20-\x7e]*$/);
  });
});
