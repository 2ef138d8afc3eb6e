import { describe, expect, it } from 'vitest';
import { loadValue } from './load';
import { hasErrors } from './problems';
import { inEnglish as say } from '../i18n/problemsEn';

// The format's newer references (topics on quotes, sub-topics, dates by source) and the
// rule that a record lists each reference once, through the same checks as load.test.ts.

/**
 * The file loaded, each problem with its English words. Awaited: the load fetches the
 * words that explain a structural fault only when a file has one.
 */
async function load(value: Record<string, unknown>) {
  const result = await loadValue(value);
  return {
    ...result,
    problems: result.problems.map((p) => ({
      path: p.path,
      severity: p.severity,
      said: say(p.said),
    })),
  };
}

const SOURCES = [
  {
    id: 's',
    title: 'S',
    publisher: 'P',
    url: 'https://example.org/s',
    published: '2024-12',
    level: 'primary',
  },
  {
    id: 't',
    title: 'T',
    publisher: 'P',
    url: 'https://example.org/t',
    published: '2024-12',
    level: 'primary',
  },
];
const TOPICS = [
  { id: 'issues', label: 'Bilateral issues' },
  { id: 'ethanol', label: 'Ethanol', parent: 'issues' },
  { id: 'seafood', label: 'Seafood', parent: 'issues' },
  { id: 'labor', label: 'Labor' },
];

function file(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Test',
    sources: SOURCES,
    topics: TOPICS,
    people: [{ id: 'p', name: 'P' }],
    events: [],
    ...overrides,
  };
}

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'e',
    title: 'Event',
    date: '2024-10-06/2024-10-07',
    status: 'held',
    topics: ['labor'],
    sources: [{ source: 's', quote: 'It happened.' }],
    ...overrides,
  };
}

const withEvents = (...events: Record<string, unknown>[]) => load(file({ events }));
const first = (result: Awaited<ReturnType<typeof load>>) => result.data?.events[0];

describe('topics on a quote', () => {
  it('a quote may name the topics it supports, and the file loads with no problems', async () => {
    const result = await withEvents(
      event({ sources: [{ source: 's', quote: 'Labor.', topics: ['labor'] }] }),
    );
    expect(result.problems).toEqual([]);
    expect(first(result)?.sources[0]?.topics).toEqual(['labor']);
  });

  it('an event topic no quote supports is fine: files older than quote topics load as before', async () => {
    const result = await withEvents(event({ topics: ['labor', 'issues'] }));
    expect(result.problems).toEqual([]);
  });

  it('an unknown topic on a quote is reported at its path and dropped from the quote', async () => {
    const result = await withEvents(
      event({ sources: [{ source: 's', quote: 'Q.', topics: ['labor', 'nope'] }] }),
    );
    expect(result.problems).toEqual([
      {
        path: '$.events[0].sources[0].topics[1]',
        severity: 'error',
        said: 'No topic has the id "nope".',
      },
    ]);
    expect(first(result)?.sources[0]?.topics).toEqual(['labor']);
  });

  it('a topic a quote supports that the event lacks is a warning, and the event is given it', async () => {
    const result = await withEvents(
      event({ sources: [{ source: 's', quote: 'Q.', topics: ['ethanol'] }] }),
    );
    expect(result.problems).toMatchObject([
      {
        path: '$.events[0].sources[0].topics[0]',
        severity: 'warning',
        said: expect.stringMatching(/"ethanol"/),
      },
    ]);
    expect(hasErrors((await loadValue(file({ events: [event()] }))).problems)).toBe(false);
    // With the sub-topic comes its parent.
    expect(first(result)?.topics).toEqual(['labor', 'ethanol', 'issues']);
  });

  it('a quote naming a parent the event has through a sub-topic is no warning', async () => {
    const result = await withEvents(
      event({ topics: ['ethanol'], sources: [{ source: 's', quote: 'Q.', topics: ['issues'] }] }),
    );
    expect(result.problems).toEqual([]);
  });

  it('the quotes of an expectation and of a claim are checked against the event too', async () => {
    const result = await withEvents(
      event({
        expected: { date: '2024', source: { source: 's', quote: 'Soon.', topics: ['seafood'] } },
        claims: [
          { date: '2024-10-07', source: { source: 't', quote: 'On the 7th.', topics: ['nope'] } },
        ],
      }),
    );
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.events[0].expected.source.topics[0]', 'warning'],
      ['$.events[0].claims[0].source.topics[0]', 'error'],
    ]);
    expect(first(result)?.topics).toEqual(['labor', 'seafood', 'issues']);
  });

  it("a period's quote may name topics; an unknown one is reported and dropped", async () => {
    const period = {
      id: 'y',
      label: 'Year',
      date: '2024',
      sources: [{ source: 's', quote: 'Q.', topics: ['nope'] }],
    };
    const result = await load(file({ periods: [period] }));
    expect(result.problems.map((p) => p.path)).toEqual(['$.periods[0].sources[0].topics[0]']);
    expect(result.data?.periods[0]?.sources?.[0]?.topics).toEqual([]);
  });
});

describe('sub-topics', () => {
  it('an event with a sub-topic is in its parent too, added once after its own topics', async () => {
    const result = await withEvents(event({ topics: ['ethanol', 'labor', 'seafood'] }));
    expect(result.problems).toEqual([]);
    expect(first(result)?.topics).toEqual(['ethanol', 'labor', 'seafood', 'issues']);
  });

  it('an event that lists the parent already keeps its own order', async () => {
    const result = await withEvents(event({ topics: ['issues', 'ethanol'] }));
    expect(first(result)?.topics).toEqual(['issues', 'ethanol']);
  });

  it('an unknown parent is reported at its path, and the topic kept without it', async () => {
    const result = await load(file({ topics: [{ id: 'a', label: 'A', parent: 'nope' }] }));
    expect(result.problems).toEqual([
      { path: '$.topics[0].parent', severity: 'error', said: 'No topic has the id "nope".' },
    ]);
    expect(result.data?.topics).toEqual([{ id: 'a', label: 'A' }]);
  });

  it('a parent with a parent of its own is reported: topics nest one level only', async () => {
    const topics = [...TOPICS, { id: 'e10', label: 'E10', parent: 'ethanol' }];
    const result = await load(file({ topics, events: [event({ topics: ['e10'] })] }));
    expect(result.problems).toMatchObject([
      {
        path: '$.topics[4].parent',
        severity: 'error',
        said: expect.stringMatching(/one level only/),
      },
    ]);
    // Kept as a topic of its own, and nothing is added for it.
    expect(result.data?.topics[4]).toEqual({ id: 'e10', label: 'E10' });
    expect(first(result)?.topics).toEqual(['e10']);
  });

  it("a topic that is its own parent, and two that are each other's, are reported and kept without parents", async () => {
    const topics = [
      { id: 'self', label: 'Self', parent: 'self' },
      { id: 'a', label: 'A', parent: 'b' },
      { id: 'b', label: 'B', parent: 'a' },
    ];
    const result = await load(file({ topics }));
    expect(result.problems.map((p) => [p.path, p.said])).toEqual([
      ['$.topics[0].parent', 'The topic "self" cannot be its own parent; it is shown without one.'],
      ['$.topics[1].parent', expect.stringMatching(/lead back to it through "b"/)],
      ['$.topics[2].parent', expect.stringMatching(/lead back to it through "a"/)],
    ]);
    expect(result.data?.topics.map((t) => t.parent)).toEqual([undefined, undefined, undefined]);
  });

  it("a stop's sub-topic stays what it is: the stop filters by the sub-topic alone", async () => {
    const result = await load(
      file({ events: [event()], stops: [{ id: 'x', note: 'N', topics: ['ethanol'] }] }),
    );
    expect(result.data?.stops[0]?.topics).toEqual(['ethanol']);
  });
});

describe('dates claimed by sources', () => {
  const ustr = {
    date: '2024-10-07',
    zone: 'America/New_York',
    source: { source: 's', quote: 'October 7, 2024' },
  };
  const meti = {
    date: '2024-10-06',
    zone: 'Asia/Tokyo',
    source: { source: 't', quote: 'October 6, Japan time' },
  };

  it("each source's claim is kept, its date parsed, beside the event's date that covers them", async () => {
    const result = await withEvents(event({ claims: [ustr, meti] }));
    expect(result.problems).toEqual([]);
    expect(first(result)?.claims?.map((c) => [c.date, c.zone, c.when.precision])).toEqual([
      ['2024-10-07', 'America/New_York', 'day'],
      ['2024-10-06', 'Asia/Tokyo', 'day'],
    ]);
  });

  it("a claim outside the event's date is an error at the claim's date, and the claim is dropped", async () => {
    const result = await withEvents(event({ date: '2024-10-07', claims: [ustr, meti] }));
    expect(result.problems).toEqual([
      {
        path: '$.events[0].claims[1].date',
        severity: 'error',
        said: "The date this source gives (2024-10-06) is outside the event's date (2024-10-07), which must cover every claim; the claim is dropped.",
      },
    ]);
    expect(first(result)?.claims?.map((c) => c.date)).toEqual(['2024-10-07']);
  });

  it.each([
    [
      'an unknown source',
      { ...ustr, source: { source: 'nope', quote: 'Q.' } },
      '$.events[0].claims[0].source.source',
    ],
    ['an invalid date', { ...ustr, date: '2023-02-29' }, '$.events[0].claims[0].date'],
  ])('a claim with %s is reported at its path and dropped', async (_, claim, path) => {
    const result = await withEvents(event({ claims: [claim] }));
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([[path, 'error']]);
    expect(first(result)?.claims).toEqual([]);
  });

  it('a claim with an unknown zone is reported, and kept without the zone', async () => {
    const result = await withEvents(event({ claims: [{ ...meti, zone: 'Asia/Tokio' }] }));
    expect(result.problems.map((p) => p.path)).toEqual(['$.events[0].claims[0].zone']);
    expect(first(result)?.claims?.[0]).not.toHaveProperty('zone');
  });

  it("a claim's source with neither quote nor note is a warning, as an event's is", async () => {
    const result = await withEvents(
      event({ claims: [{ date: '2024-10-07', source: { source: 's' } }] }),
    );
    expect(result.problems).toMatchObject([
      { path: '$.events[0].claims[0].source', severity: 'warning' },
    ]);
  });
});

describe("repeats in a record's lists", () => {
  it.each([
    [
      'a topic of an event',
      { events: [event({ topics: ['labor', 'issues', 'labor'] })] },
      '$.events[0].topics[2]',
      'The topic "labor" is already listed at [0]; it is kept once.',
    ],
    [
      'a person of an event',
      { events: [event({ people: ['p', 'p'] })] },
      '$.events[0].people[1]',
      'The person "p" is already listed at [0]; it is kept once.',
    ],
    [
      'a topic of a stop',
      { events: [event()], stops: [{ id: 'x', note: 'N', topics: ['labor', 'labor'] }] },
      '$.stops[0].topics[1]',
      'The topic "labor" is already listed at [0]; it is kept once.',
    ],
    [
      'a topic of a quote',
      { events: [event({ sources: [{ source: 's', quote: 'Q.', topics: ['labor', 'labor'] }] })] },
      '$.events[0].sources[0].topics[1]',
      'The topic "labor" is already listed at [0]; it is kept once.',
    ],
    [
      'a source reference',
      {
        events: [
          event({
            sources: [
              { source: 's', quote: 'Q.' },
              { source: 't', quote: 'Q.' },
              { source: 's', quote: 'Q.' },
            ],
          }),
        ],
      },
      '$.events[0].sources[2]',
      'This reference repeats the one at [0] (the same source "s" and quote); it is kept once.',
    ],
  ])(
    '%s named twice is a warning at the repeat, and the record keeps it once',
    async (_, lists, path, said) => {
      const result = await load(file(lists));
      expect(result.problems).toEqual([{ path, severity: 'warning', said }]);
      const kept = result.data;
      const list = path.startsWith('$.stops')
        ? kept?.stops[0]?.topics
        : path.includes('sources[0].topics')
          ? kept?.events[0]?.sources[0]?.topics
          : path.includes('sources')
            ? kept?.events[0]?.sources.map((s) => s.source)
            : path.includes('people')
              ? kept?.events[0]?.people
              : kept?.events[0]?.topics;
      expect(new Set(list).size).toBe(list?.length);
    },
  );

  it('two quotes of one source are two citations, not a repeat', async () => {
    const result = await withEvents(
      event({
        sources: [
          { source: 's', quote: 'One.' },
          { source: 's', quote: 'Two.' },
        ],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(first(result)?.sources).toHaveLength(2);
  });

  it('a topic listed both as itself and through a sub-topic is kept once', async () => {
    const result = await withEvents(event({ topics: ['ethanol', 'issues', 'ethanol'] }));
    expect(first(result)?.topics).toEqual(['ethanol', 'issues']);
  });
});
