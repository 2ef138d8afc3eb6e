import { describe, expect, it } from 'vitest';
import { listed, reasons, total } from './listed';
import { problemAt, type Problem } from './problems';
import type { Said } from './said';
import { inEnglish } from '../i18n/problemsEn';
import { JAPANESE } from '../i18n/problemsJa';
import { say } from './said';

const required = (i: number) => problemAt(['events', i, 'date'], { key: 'required', name: 'date' });
const notList = (i: number) =>
  problemAt(['events', i, 'topics'], { key: 'mustBe', name: 'topics', expected: 'list' });
const noQuote = (i: number) =>
  problemAt(['events', i, 'sources', 0], { key: 'noQuote' }, 'warning');

describe('listed', () => {
  it('lists every problem when there are no more than the limit', () => {
    const problems = [required(0), notList(0), required(1)];
    expect(listed(problems, 3)).toEqual(problems);
  });

  it('lists the first ones, then the first of each other kind with how many follow it', () => {
    const problems = [
      ...Array.from({ length: 10 }, (_, i) => required(i)),
      notList(10),
      ...Array.from({ length: 4 }, (_, i) => noQuote(11 + i)),
    ];
    const shown = listed(problems, 5);
    expect(shown.slice(0, 5)).toEqual(problems.slice(0, 5));
    expect(shown.slice(5)).toEqual([
      {
        path: '$.events[5].date',
        severity: 'error',
        said: { key: 'andMore', count: 4, like: { key: 'required', name: 'date' } },
      },
      notList(10),
      {
        path: '$.events[11].sources[0]',
        severity: 'warning',
        said: { key: 'andMore', count: 3, like: { key: 'noQuote' } },
      },
    ]);
    expect(total(shown)).toBe(problems.length);
  });

  it('costs one pass: 100,000 problems are listed as 200 and a line', () => {
    const problems: Problem[] = Array.from({ length: 100_000 }, (_, i) => required(i));
    const shown = listed(problems);
    expect(shown).toHaveLength(201);
    expect(inEnglish(shown[200]!.said)).toBe(
      '"date" is required. And 99,799 more of the same kind, not listed.',
    );
    expect(say(shown[200]!.said, JAPANESE)).toBe(
      '"date" は必須です。同じ種類の問題がほかに99,799件あります（一覧には出していません）。',
    );
  });
});

describe('reasons', () => {
  it('gives a skipped record its first reasons, then counts the rest by kind', () => {
    const topic = (id: string): Said => ({ key: 'noSuch', kind: 'topic', id });
    const because = [1, 2, 3, 4, 5, 6, 7].map((i) => topic(`t${i}`));
    expect(reasons(because, 2)).toEqual([
      topic('t1'),
      topic('t2'),
      { key: 'andMore', count: 4, like: topic('t3') },
    ]);
  });

  it('says "one more" in English for a single one', () => {
    expect(inEnglish({ key: 'andMore', count: 1, like: { key: 'noQuote' } })).toBe(
      'The reference has neither a quote nor a note. And one more of the same kind, not listed.',
    );
  });
});
