import { describe, expect, it } from 'vitest';
import { fromDay, toDay, type Day } from './days';
import { EDTF_PATTERN, parseEdtf, type EdtfDate } from './edtf';
import { edtfWords } from '../i18n/problemsEn';

function iso(day: Day | null): string | null {
  if (day === null) return null;
  const { year, month, day: date } = fromDay(day);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

function parsed(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.fault.key);
  return result.value;
}

describe('parseEdtf reads a single date', () => {
  it.each([
    ['2023', 'year', '2023-01-01', '2023-12-31'],
    ['2021-11', 'month', '2021-11-01', '2021-11-30'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2022-02-28', 'day', '2022-02-28', '2022-02-28'],
    ['2024-02-29', 'day', '2024-02-29', '2024-02-29'],
    ['0050-03', 'month', '0050-03-01', '0050-03-31'],
    ['9999-12-31', 'day', '9999-12-31', '9999-12-31'],
  ])('parseEdtf(%j) is precise to the %s, %s to %s', (text, precision, first, last) => {
    const d = parsed(text);
    expect(d).toMatchObject({ text, interval: false, precision });
    expect([iso(d.first), iso(d.last)]).toEqual([first, last]);
    expect(d.start).toBe(d.end);
  });

  it.each([
    ['2022-21', 'spring 2022', '2022-03-01', '2022-05-31'],
    ['2022-22', 'summer 2022', '2022-06-01', '2022-08-31'],
    ['2022-23', 'autumn 2022', '2022-09-01', '2022-11-30'],
    ['2023-24', 'winter 2023', '2023-12-01', '2024-02-29'],
    ['2022-33', 'Q1 2022', '2022-01-01', '2022-03-31'],
    ['2022-36', 'Q4 2022', '2022-10-01', '2022-12-31'],
    ['2022-40', 'the first half of 2022', '2022-01-01', '2022-06-30'],
    ['2022-41', 'the second half of 2022', '2022-07-01', '2022-12-31'],
  ])('parseEdtf(%j) is %s, %s to %s', (text, _name, first, last) => {
    const d = parsed(text);
    expect(d.precision).toBe('season');
    expect(d.start?.season).toBe(Number(text.slice(5)));
    expect([iso(d.first), iso(d.last)]).toEqual([first, last]);
  });

  it.each([
    ['2021-11~', true, false],
    ['2021-11?', false, true],
    ['2021-11%', true, true],
    ['2021-11', false, false],
  ])('parseEdtf(%j) is approximate: %s, uncertain: %s', (text, approximate, uncertain) => {
    expect(parsed(text)).toMatchObject({ approximate, uncertain });
    expect(parsed(text).start).toMatchObject({ approximate, uncertain, year: 2021, month: 11 });
  });
});

describe('parseEdtf reads an interval', () => {
  it('parseEdtf("2023-05-19/2023-05-21") runs from the first day to the last', () => {
    const d = parsed('2023-05-19/2023-05-21');
    expect(d).toMatchObject({ interval: true, openStart: false, openEnd: false });
    expect([iso(d.first), iso(d.last)]).toEqual(['2023-05-19', '2023-05-21']);
  });

  it('parseEdtf("2021-11~/2022-22") takes the coarsest precision and any qualifier', () => {
    const d = parsed('2021-11~/2022-22');
    expect(d).toMatchObject({ precision: 'season', approximate: true, uncertain: false });
    expect([iso(d.first), iso(d.last)]).toEqual(['2021-11-01', '2022-08-31']);
  });

  it('parseEdtf("2022/2022-03") accepts ends whose ranges overlap', () => {
    expect([iso(parsed('2022/2022-03').last)]).toEqual(['2022-03-31']);
  });

  it.each([
    ['2023-05-19/..', { openStart: false, openEnd: true, end: null, last: null }],
    ['2023-05-19/', { openStart: false, openEnd: false, end: null, last: null }],
    ['../2023', { openStart: true, openEnd: false, start: null, first: null }],
    ['/2023', { openStart: false, openEnd: false, start: null, first: null }],
  ])('parseEdtf(%j) leaves the missing end null', (text, expected) => {
    expect(parsed(text)).toMatchObject({ interval: true, ...expected });
  });
});

describe('parseEdtf explains what is wrong', () => {
  it.each([
    ['2022-13', '"2022-13" is not a valid month (13)'],
    ['2022-00', '"2022-00" is not a valid month (0)'],
    [
      '2022-25',
      '"2022-25" is not a valid month (25); seasons are 21-24, quarters 33-36 and halves 40-41',
    ],
    ['2023-02-30', '"2023-02-30": February 2023 has 28 days'],
    ['2023-04-00', '"2023-04-00" is not a valid day (0)'],
    ['2022-02-01/2022-01-01', 'the interval ends (2022-01-01) before it starts (2022-02-01)'],
    ['summer 2022', '"summer 2022" is not an EDTF date; write e.g. 2022-22 for summer 2022'],
    ['Q3 2021', '"Q3 2021" is not an EDTF date; write e.g. 2021-35 for Q3 2021'],
    ['2022年夏', '"2022年夏" is not an EDTF date; write e.g. 2022-22 for summer 2022'],
    [
      '2022-5',
      '"2022-5" is not an EDTF date; write e.g. 2022, 2022-05, 2022-05-19, 2022-22 (summer) or 2022-05/2022-08',
    ],
    [
      '2022/05/19',
      '"2022/05/19" has more than one "/"; write days as 2022-05-19 and intervals as start/end',
    ],
    ['', 'the date is empty'],
    ['..', '".." (open) is only allowed as one end of an interval, e.g. 2022/..'],
    ['../..', '"../.." needs at least one known end'],
    ['/', '"/" needs at least one known end'],
  ])('parseEdtf(%j) fails: %s', (text, error) => {
    const result = parseEdtf(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(edtfWords(result.fault)).toBe(error);
  });
});

describe('EDTF_PATTERN', () => {
  it.each([
    '2023',
    '2021-11~',
    '2022-02-28%',
    '2022-24',
    '2022-41?',
    '2021/2022',
    '2023-05-19/..',
    '../2023',
    '/2023',
    '2023/',
  ])('accepts %j, as parseEdtf does', (text) => {
    expect(EDTF_PATTERN.test(text)).toBe(true);
    expect(parseEdtf(text).ok).toBe(true);
  });

  it.each(['2022-13', '2022-25', '2022-22-01', '22', '2022-5', '../..', '/', '..', ' 2022', ''])(
    'rejects %j, as parseEdtf does',
    (text) => {
      expect(EDTF_PATTERN.test(text)).toBe(false);
      expect(parseEdtf(text).ok).toBe(false);
    },
  );

  it('accepts "2023-02-30", which only parseEdtf rejects (it knows month lengths)', () => {
    expect(EDTF_PATTERN.test('2023-02-30')).toBe(true);
    expect(parseEdtf('2023-02-30').ok).toBe(false);
  });
});

describe('plain days and spans of days, the forms nearly every event uses', () => {
  it('read every day of 2023 and 2024, alone and as spans, as the general reading would', () => {
    const first = toDay(2023, 1, 1);
    for (let day = first; day < first + 731; day++) {
      const { year, month, day: date } = fromDay(day);
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
      const single = parseEdtf(iso);
      expect(single.ok && single.value).toMatchObject({
        text: iso,
        interval: false,
        first: day,
        last: day,
        precision: 'day',
        approximate: false,
        uncertain: false,
        start: { precision: 'day', year, month, day: date, first: day, last: day },
      });
      const span = parseEdtf(`${iso}/2025-01-01`);
      expect(span.ok && span.value).toMatchObject({
        interval: true,
        first: day,
        last: toDay(2025, 1, 1),
        openStart: false,
        openEnd: false,
        precision: 'day',
        end: { year: 2025, month: 1, day: 1 },
      });
    }
  });

  it('leave what is wrong to the general reading, which says why', () => {
    const error = (text: string) => {
      const result = parseEdtf(text);
      return result.ok ? null : edtfWords(result.fault);
    };
    expect(error('2022-02-30')).toMatch(/February 2022 has 28 days/);
    expect(error('2022-13-01')).toMatch(/not a valid month/);
    expect(error('2022-00-10')).toMatch(/not a valid month/);
    expect(error('2022-05-21/2022-05-19')).toMatch(/ends .* before it starts/);
    expect(error('2022-05-1x')).not.toBeNull();
    expect(error('2022/05/19')).not.toBeNull();
  });
});
