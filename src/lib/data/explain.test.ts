import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText, loadValue } from './load';
import { inEnglish } from '../i18n/problemsEn';

const DATASET = JSON.parse(
  readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'),
) as { events: Record<string, unknown>[] };

/** What the checks say about each event of the default dataset with these events. */
function said(...events: unknown[]): string[] {
  return loadValue({ ...DATASET, events })
    .problems.filter((p) => p.path.startsWith('$.events'))
    .map((p) => `${p.path}: ${inEnglish(p.said)}`);
}

describe('what the structural check says', () => {
  const event = DATASET.events[0]!;

  it.each([
    ['a number', 42],
    ['null', null],
    ['a boolean', true],
    ['a list', [event]],
  ])('a record that is %s, not an object, must be an object', (_, record) => {
    expect(said(record)).toEqual(['$.events[0]: This record must be an object.']);
  });

  it('a record that is a string shows it', () => {
    expect(said('round-1')).toEqual(['$.events[0]: This record ("round-1") must be an object.']);
  });

  it('a nested object that is a number must be an object, not an unknown field', () => {
    expect(said({ ...event, expected: 5 })).toEqual([
      '$.events[0].expected: "expected" must be an object.',
    ]);
  });

  it('an unknown field is still named as one', () => {
    expect(said({ ...event, colour: 'red' })).toEqual([
      '$.events[0].colour: "colour" is not a known field here; check its spelling.',
    ]);
  });

  it('quotes a 20,000-character value by its first 80 characters', () => {
    const [date, topic] = said(
      { ...event, date: `2022-${'5'.repeat(20_000)}` },
      {
        ...event,
        id: 'other',
        topics: ['a'.repeat(20_000)],
      },
    );
    expect(date).toBe(
      `$.events[0].date: "2022-${'5'.repeat(75)}…" is not an EDTF date; write e.g. 2022, 2022-05, 2022-05-19, 2022-22 (summer) or 2022-05/2022-08.`,
    );
    expect(topic).toBe(`$.events[1].topics[0]: No topic has the id "${'a'.repeat(80)}…".`);
  });

  it.each(['__proto__', 'constructor', 'toString'])(
    'keeps a record with a field "%s" without it, and names the field',
    (field) => {
      const record = JSON.stringify(event).replace('{', `{"${field}": 1, `);
      const text = JSON.stringify({ ...DATASET, events: [0] }).replace(
        '"events":[0]',
        `"events":[${record}]`,
      );
      const { data, problems } = loadText(text);
      expect(data!.events).toHaveLength(1);
      expect(Object.hasOwn(data!.events[0]!, field)).toBe(false);
      expect(problems.map((p) => p.path)).toContain(`$.events[0].${field}`);
    },
  );
});
