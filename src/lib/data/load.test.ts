import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromDay, type Day } from '../time/days';
import { loadText as loadTextRaw, loadValue as loadValueRaw, type LoadResult } from './load';
import { hasErrors } from './problems';
import { claimsDisagree } from './claims';
import { inEnglish as say } from '../i18n/problemsEn';
import { mulberry32 } from '../random';

// The checks, with each problem's words in English beside what it says.
const loadText = (text: string) => inEnglish(loadTextRaw(text));
const loadValue = (value: unknown) => inEnglish(loadValueRaw(value));

/** A load's result with each problem's English words beside what it says. */
function inEnglish(result: LoadResult) {
  return {
    ...result,
    problems: result.problems.map((p) => ({ ...p, message: say(p.said) })),
    skipped: result.skipped.map((s) => ({ ...s, reason: s.because.map(say).join(' ') })),
  };
}
type Worded = ReturnType<typeof inEnglish>;

const DATASET = new URL('../../../data/events.json', import.meta.url);

function iso(day: Day | null | undefined): string | null {
  if (day === null || day === undefined) return null;
  const { year, month, day: date } = fromDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** A small valid file: one source "s", topics "a" and "b", person "p", no events yet. */
function file(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Test timeline',
    sources: [source()],
    topics: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    people: [{ id: 'p', name: 'P' }],
    events: [],
    ...overrides,
  };
}

function source(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 's',
    title: 'Source',
    publisher: 'Publisher',
    url: 'https://example.org/readout',
    published: '2022-03',
    level: 'primary',
    ...overrides,
  };
}

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'e',
    title: 'Event',
    date: '2022-02-28',
    status: 'held',
    topics: ['a'],
    sources: [{ source: 's', quote: 'It happened.' }],
    ...overrides,
  };
}

/** The record without one of its fields, as an author who forgot it would write it. */
function omit(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The file with these events, loaded. */
function withEvents(...events: Record<string, unknown>[]): Worded {
  return loadValue(file({ events }));
}

const errorsOf = (result: Worded) => result.problems.filter((p) => p.severity === 'error');
const pathsOf = (result: Worded): string[] => errorsOf(result).map((p) => p.path);
const eventIds = (result: Worded): string[] => result.data?.events.map((e) => e.id) ?? [];

describe('the partnership dataset (data/events.json)', () => {
  const result = loadText(readFileSync(DATASET, 'utf8'));

  it('loads with no problems and nothing skipped', () => {
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('keeps its 13 events in time order', () => {
    expect(eventIds(result)).toEqual([
      'partnership-launch',
      'round-1',
      'round-2',
      'task-force-launch',
      'round-3',
      'critical-minerals-agreement-signing',
      'g7-hiroshima-summit-2023',
      'apec-aelw-2023',
      'round-4',
      'task-force-first-round',
      'round-5',
      'task-force-second-meeting-government-dialogue',
      'task-force-second-meeting-stakeholder-dialogue',
    ]);
    const starts = result.data?.events.map((e) => e.when.first ?? 0) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('parses the date the readout expected for the second round: summer 2022', () => {
    const round2 = result.data?.events.find((e) => e.id === 'round-2');
    expect(round2?.expected?.date).toBe('2022-22');
    expect(round2?.expectedWhen?.precision).toBe('season');
    expect([iso(round2?.expectedWhen?.first), iso(round2?.expectedWhen?.last)]).toEqual([
      '2022-06-01',
      '2022-08-31',
    ]);
  });

  it('parses what was expected of the first round at the launch: about the first quarter of 2022', () => {
    const round1 = result.data?.events.find((e) => e.id === 'round-1');
    expect(round1?.expected?.date).toBe('2022-33~');
    expect([iso(round1?.expectedWhen?.first), iso(round1?.expectedWhen?.last)]).toEqual([
      '2022-01-01',
      '2022-03-31',
    ]);
  });

  it("keeps each source's date of the Task Force's second meeting: October's disagree, December's agree", () => {
    const claims = (id: string) => result.data?.events.find((e) => e.id === id)?.claims ?? [];
    const government = claims('task-force-second-meeting-government-dialogue');
    const stakeholders = claims('task-force-second-meeting-stakeholder-dialogue');
    expect(government.map((c) => [c.source.source, c.date, c.zone])).toEqual([
      ['ustr-2024-12-task-force-second-meeting', '2024-10-07', 'America/New_York'],
      ['meti-2024-12-19-task-force-second-round', '2024-10-06', 'Asia/Tokyo'],
    ]);
    expect(claimsDisagree(government)).toBe(true);
    expect(stakeholders.map((c) => c.date)).toEqual(['2024-12-17', '2024-12-18']);
    expect(claimsDisagree(stakeholders)).toBe(false);
  });

  it('puts every event with a bilateral sub-topic under bilateral trade issues too', () => {
    const subTopics = new Set(
      result.data?.topics.filter((t) => t.parent === 'bilateral-issues').map((t) => t.id),
    );
    const withSub = result.data?.events.filter((e) => e.topics.some((id) => subTopics.has(id)));
    expect(withSub?.map((e) => e.id)).toEqual(['round-1', 'round-3', 'round-4', 'round-5']);
    for (const event of withSub ?? []) expect(event.topics).toContain('bilateral-issues');
  });

  it("keeps the first round's local dates in Washington and Tokyo", () => {
    const round1 = result.data?.events.find((e) => e.id === 'round-1');
    expect(round1?.zones?.map(({ zone, date }) => ({ zone, date }))).toEqual([
      { zone: 'America/New_York', date: '2022-02-28' },
      { zone: 'Asia/Tokyo', date: '2022-03-01' },
    ]);
  });
});

describe('a valid small file', () => {
  it('loads with no problems', () => {
    const result = withEvents(event());
    expect(result.problems).toEqual([]);
    expect(eventIds(result)).toEqual(['e']);
  });
});

describe('structural problems', () => {
  it('an unknown field is reported at its path and the record is kept without it', () => {
    const result = withEvents(event({ colour: 'red' }));
    expect(errorsOf(result)).toMatchObject([
      { path: '$.events[0].colour', message: expect.stringMatching(/colour/), severity: 'error' },
    ]);
    expect(result.skipped).toEqual([]);
    expect(eventIds(result)).toEqual(['e']);
    expect(result.data?.events[0]).not.toHaveProperty('colour');
  });

  it('an unknown top-level field is reported at its path', () => {
    const result = loadValue(file({ evnts: [] }));
    expect(pathsOf(result)).toEqual(['$.evnts']);
  });

  it.each(['title', 'date', 'status', 'topics', 'sources'])(
    'an event without "%s" is skipped, listed with its id, and reported as required',
    (field) => {
      const result = withEvents(omit(event({ id: 'missing' }), field), event({ id: 'ok' }));
      expect(errorsOf(result)).toMatchObject([
        {
          path: `$.events[0].${field}`,
          message: `"${field}" is required.`,
          severity: 'error',
        },
      ]);
      expect(result.skipped).toMatchObject([
        { path: '$.events[0]', id: 'missing', reason: expect.stringContaining(field) },
      ]);
      expect(eventIds(result)).toEqual(['ok']);
    },
  );

  it.each(['title', 'sources', 'topics', 'events'])('a file without "%s" is reported', (key) => {
    const result = loadValue(omit(file(), key));
    expect(errorsOf(result)).toContainEqual({
      said: { key: 'missingField', field: key },
      path: '$',
      message: `The file has no "${key}".`,
      severity: 'error',
    });
  });

  it('a list that is not a list is reported at its path', () => {
    const result = loadValue(file({ events: {} }));
    expect(errorsOf(result)).toMatchObject([
      { path: '$.events', message: '"events" must be a list, not an object.', severity: 'error' },
    ]);
  });

  it('a source with a non-https URL is skipped with the reason at its url', () => {
    const result = loadValue(file({ sources: [source({ url: 'http://example.org/readout' })] }));
    expect(errorsOf(result)[0]).toMatchObject({
      path: '$.sources[0].url',
      message: expect.stringMatching(/https:\/\//),
      severity: 'error',
    });
    expect(result.skipped).toMatchObject([
      { path: '$.sources[0]', id: 's', reason: expect.any(String) },
    ]);
    expect(result.data?.sources).toEqual([]);
  });

  it.each([
    ['a map with an empty string', { en: 'Event', ja: '' }, '$.events[0].title.ja'],
    ['an empty string', '', '$.events[0].title'],
    ['an empty map', {}, '$.events[0].title'],
    ['a map with a bad language code', { English: 'Event' }, '$.events[0].title.English'],
  ])('a title that is %s is reported at %s and the event skipped', (_, title, path) => {
    const result = withEvents(event({ title }));
    expect(pathsOf(result)).toEqual([path]);
    expect(result.skipped.map((s) => s.id)).toEqual(['e']);
  });

  it.each([
    ['with a bad value', ['EN'], 'This item ("EN") must be a language code.'],
    ['of the wrong type', [5], 'This item must be a string.'],
  ])('an item of a list %s is named as an item, not by its index', (_, languages, message) => {
    const result = loadValue(file({ languages }));
    expect(errorsOf(result)).toMatchObject([
      { path: '$.languages[0]', message, severity: 'error' },
    ]);
  });

  it('an unknown status is reported with the allowed values', () => {
    const result = withEvents(event({ status: 'done' }));
    expect(errorsOf(result)).toMatchObject([
      {
        path: '$.events[0].status',
        message: expect.stringContaining('held, scheduled, expected'),
        severity: 'error',
      },
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2022-13', /2022-13/],
    ['summer 2022', /2022-22/],
    ['2023-02-30', /February 2023 has 28 days/],
    ['2023-05-21/2023-05-19', /ends .*before it starts/],
    ['', /.+/],
  ])(
    'the invalid EDTF date %j is reported at the event date and the event skipped',
    (date, said) => {
      const result = withEvents(event({ id: 'bad', date }), event({ id: 'ok' }));
      expect(errorsOf(result)).toMatchObject([
        { path: '$.events[0].date', message: expect.stringMatching(said), severity: 'error' },
      ]);
      expect(result.skipped).toMatchObject([
        { path: '$.events[0]', id: 'bad', reason: expect.any(String) },
      ]);
      expect(eventIds(result)).toEqual(['ok']);
    },
  );

  it.each([
    '2022-02-28',
    '2021-11',
    '2022-22',
    '2023',
    '2023-05-19/2023-05-21',
    '2022/..',
    '2022~',
  ])('the EDTF date %j is accepted', (date) => {
    expect(withEvents(event({ date })).problems).toEqual([]);
  });

  it('an invalid expected date is reported and only the expectation is dropped', () => {
    const result = withEvents(
      event({ expected: { date: '2022-02-30', source: { source: 's', quote: 'Soon.' } } }),
    );
    expect(pathsOf(result)).toEqual(['$.events[0].expected.date']);
    expect(eventIds(result)).toEqual(['e']);
    expect(result.data?.events[0]?.expected).toBeUndefined();
  });

  it('events are kept in time order whatever their order in the file', () => {
    const result = withEvents(
      event({ id: 'late', date: '2023' }),
      event({ id: 'early', date: '2021-11' }),
      event({ id: 'middle', date: '2022-22' }),
    );
    expect(eventIds(result)).toEqual(['early', 'middle', 'late']);
  });

  // Nearly in order (neighbours swapped) is sorted by moving events; far from order
  // spends the moves and falls back to the engine's sort. Both must give one order.
  it.each([
    ['nearly in order', 0.1],
    ['shuffled', 1],
  ])('%s, 2,000 events come out in the order of their dates, then ids', (_, swaps) => {
    const random = mulberry32(7);
    // Three events a day, from January 1, 2022.
    const days = Array.from({ length: 2000 }, (_, i) =>
      new Date(Date.UTC(2022, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10),
    );
    const events = days.map((date, i) => event({ id: `e${i}`, date }));
    for (let k = 0; k < events.length * swaps; k++) {
      const i = Math.floor(random() * events.length);
      const j =
        swaps < 1 ? Math.min(events.length - 1, i + 1) : Math.floor(random() * events.length);
      [events[i], events[j]] = [events[j]!, events[i]!];
    }
    const expected = events
      .map((e) => ({ id: e['id'] as string, date: e['date'] as string }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
      .map((e) => e.id);
    expect(eventIds(withEvents(...events))).toEqual(expected);
  });
});

describe('ids and references', () => {
  it('a duplicate event id is reported and the second event skipped', () => {
    const result = withEvents(event({ title: 'First' }), event({ title: 'Second' }));
    expect(errorsOf(result)).toMatchObject([
      {
        path: '$.events[1].id',
        message: 'The id "e" is already used by events[0].',
        severity: 'error',
      },
    ]);
    expect(result.skipped).toMatchObject([
      { path: '$.events[1]', id: 'e', reason: expect.any(String) },
    ]);
    expect(result.data?.events.map((e) => e.title)).toEqual(['First']);
  });

  it.each([
    ['topic', { topics: ['a', 'nope'] }, '$.events[0].topics[1]', 'topics', ['a']],
    ['person', { people: ['p', 'nope'] }, '$.events[0].people[1]', 'people', ['p']],
    [
      'source',
      {
        sources: [
          { source: 's', quote: 'Yes.' },
          { source: 'nope', quote: 'No.' },
        ],
      },
      '$.events[0].sources[1].source',
      'sources',
      [{ source: 's', quote: 'Yes.' }],
    ],
  ])(
    'a reference to an unknown %s is reported, dropped, and the event kept',
    (kind, fields, path, key, kept) => {
      const result = withEvents(event(fields));
      expect(errorsOf(result)).toMatchObject([
        { path, message: `No ${kind} has the id "nope".`, severity: 'error' },
      ]);
      expect(eventIds(result)).toEqual(['e']);
      expect(result.data?.events[0]?.[key as 'topics']).toEqual(kept);
    },
  );

  it('an event with no source is an error, and the event is still shown', () => {
    const result = withEvents(event({ sources: [] }));
    expect(errorsOf(result)).toMatchObject([
      {
        path: '$.events[0].sources',
        message: expect.stringMatching(/no source/),
        severity: 'error',
      },
    ]);
    expect(eventIds(result)).toEqual(['e']);
  });

  it('a source reference with neither quote nor note is a warning, not an error', () => {
    const result = withEvents(event({ sources: [{ source: 's' }] }));
    expect(result.problems).toMatchObject([
      { path: '$.events[0].sources[0]', message: expect.any(String), severity: 'warning' },
    ]);
    expect(hasErrors(result.problems)).toBe(false);
  });

  it('a stop pointing at an unknown event is reported and kept without the event', () => {
    const result = loadValue(
      file({ events: [event()], stops: [{ id: 'stop', note: 'Look', event: 'nope' }] }),
    );
    expect(errorsOf(result)).toMatchObject([
      { path: '$.stops[0].event', message: 'No event has the id "nope".', severity: 'error' },
    ]);
    expect(result.data?.stops).toEqual([{ id: 'stop', note: 'Look', topics: [] }]);
  });

  it('a stop pointing at an event skipped for its date is reported; one at a kept duplicate is not', () => {
    const result = loadValue(
      file({
        events: [
          event({ id: 'bad-day', date: '2023-02-30' }),
          event({ id: 'twice' }),
          event({ id: 'twice', title: 'Again' }),
        ],
        stops: [
          { id: 'to-bad', note: 'Look', event: 'bad-day' },
          { id: 'to-twice', note: 'Look', event: 'twice' },
        ],
      }),
    );
    expect(pathsOf(result)).toEqual(['$.events[2].id', '$.events[0].date', '$.stops[0].event']);
    expect(result.data?.stops.map((stop) => stop.event)).toEqual([undefined, 'twice']);
  });

  it('a semantic problem names the record by its position in the file, after a skipped record', () => {
    const result = withEvents(
      omit(event({ id: 'untitled' }), 'title'),
      event({ id: 'bad-day', date: '2023-02-30' }),
    );
    expect(pathsOf(result)).toEqual(['$.events[0].title', '$.events[1].date']);
    expect(result.skipped.map((s) => [s.path, s.id])).toEqual([
      ['$.events[0]', 'untitled'],
      ['$.events[1]', 'bad-day'],
    ]);
  });

  it('a source problem names the source by its position in the file, after a duplicate', () => {
    const result = loadValue(
      file({
        sources: [source(), source(), source({ id: 's2', published: '2023-02-30' })],
        events: [event()],
      }),
    );
    expect(pathsOf(result)).toEqual(['$.sources[1].id', '$.sources[2].published']);
  });
});

describe('time zones', () => {
  const zone = (zone: string, date: string) => ({ zone, date, place: zone });

  it('an unknown time zone is reported at its path and that local date dropped', () => {
    const result = withEvents(
      event({ zones: [zone('America/New_York', '2022-02-28'), zone('Asia/Tokio', '2022-03-01')] }),
    );
    expect(errorsOf(result)).toMatchObject([
      {
        path: '$.events[0].zones[1].zone',
        message: expect.stringContaining('"Asia/Tokio"'),
        severity: 'error',
      },
    ]);
    expect(result.data?.events[0]?.zones?.map((z) => z.zone)).toEqual(['America/New_York']);
  });

  it('local dates that cannot be the same moment are reported on the zones', () => {
    const result = withEvents(
      event({ zones: [zone('America/New_York', '2022-02-28'), zone('Asia/Tokyo', '2022-03-03')] }),
    );
    expect(errorsOf(result)).toMatchObject([
      {
        path: '$.events[0].zones',
        message: expect.stringMatching(/same moment/),
        severity: 'error',
      },
    ]);
    expect(eventIds(result)).toEqual(['e']);
  });

  it('February 28 in New York and March 1 in Tokyo are the same moment', () => {
    const result = withEvents(
      event({ zones: [zone('America/New_York', '2022-02-28'), zone('Asia/Tokyo', '2022-03-01')] }),
    );
    expect(result.problems).toEqual([]);
  });

  it('an impossible local day is reported at its date', () => {
    const result = withEvents(event({ zones: [zone('Asia/Tokyo', '2022-02-30')] }));
    expect(pathsOf(result)).toEqual(['$.events[0].zones[0].date']);
  });
});

describe('text', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    'Fish & chips <b>bold</b> &amp;',
  ])('the string %j passes through unchanged, as data', (text) => {
    const result = withEvents(event({ title: text, summary: { en: text, ja: text } }));
    expect(result.problems).toEqual([]);
    expect(result.data?.events[0]?.title).toBe(text);
    expect(result.data?.events[0]?.summary).toEqual({ en: text, ja: text });
  });
});
