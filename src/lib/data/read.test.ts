import { describe, expect, it } from 'vitest';
import { loadText as load } from './load';
import { inEnglish as say } from '../i18n/problemsEn';
import { MAX_BYTES } from './limits';
import { readJson } from './read';

const loadText = (text: string, byteLength?: number) => {
  const result = load(text, byteLength);
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: say(p.said) })) };
};

const MINIMAL = '{"title": "t", "sources": [], "topics": [], "events": []}';

describe('readJson and loadText on whole files', () => {
  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t\r\n '],
    ['a byte-order mark alone', '\uFEFF'],
  ])('%s is reported as an empty file', (_, text) => {
    expect(loadText(text)).toMatchObject({
      data: null,
      problems: [
        {
          path: '$',
          message: 'The file is empty: it should hold a JSON object.',
          severity: 'error',
        },
      ],
      skipped: [],
    });
  });

  it('a trailing comma is reported as not JSON, with its line and column', () => {
    const result = loadText('{\n  "title": "t",\n}\n');
    expect(result.data).toBeNull();
    expect(result.problems).toMatchObject([
      {
        path: '$',
        message: expect.stringMatching(/not valid JSON.*line 3, column 1/),
        severity: 'error',
      },
    ]);
  });

  it('text that is not JSON at all is reported as not JSON', () => {
    expect(loadText('title: t').problems).toMatchObject([
      { path: '$', message: expect.stringMatching(/not valid JSON/), severity: 'error' },
    ]);
  });

  it('JSON cut short says it ends before it is complete', () => {
    expect(loadText('{"title": ').problems[0]?.message).toMatch(/ends before the JSON is complete/);
  });

  it.each([
    ['[]', 'a list'],
    ['[{"title": "t"}]', 'a list'],
    ['42', 'a number'],
    ['"events"', 'a string'],
    ['null', 'null'],
    ['true', 'a boolean'],
  ])('the JSON value %s is reported as %s, not an object', (text, what) => {
    const result = loadText(text);
    expect(result.data).toBeNull();
    expect(result.problems).toMatchObject([
      {
        path: '$',
        message: `The file holds ${what}; it should hold a JSON object with "title", "sources", "topics" and "events".`,
        severity: 'error',
      },
    ]);
  });

  it('a file over the size limit is refused before it is parsed, with both sizes', () => {
    const result = loadText(MINIMAL, MAX_BYTES + 1024 * 1024);
    expect(result.data).toBeNull();
    expect(result.problems).toMatchObject([
      {
        path: '$',
        message: 'The file is 65 MB; an events file may be at most 64 MB.',
        severity: 'error',
      },
    ]);
  });

  it('a file exactly at the size limit is read', () => {
    expect(readJson(MINIMAL, MAX_BYTES)).toMatchObject({ ok: true });
  });

  it('a byte-order mark at the start is accepted', () => {
    const result = loadText(`\uFEFF${MINIMAL}`);
    expect(result.problems).toEqual([]);
    expect(result.data?.title).toBe('t');
  });

  it('readJson returns the parsed value', () => {
    expect(readJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
