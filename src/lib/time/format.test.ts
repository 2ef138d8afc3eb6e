import { describe, expect, it } from 'vitest';
import { toDay } from './days';
import { parseEdtf, type EdtfDate, type Precision } from './edtf';
import {
  formatDay,
  formatDays,
  formatEdtf,
  formatPoint,
  formatZoneDays,
  machineDate,
  precisionLabel,
  type Lang,
} from './format';

function parsed(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.fault.key);
  return result.value;
}

function point(text: string) {
  const { start } = parsed(text);
  if (!start) throw new Error(`${text} has no start`);
  return start;
}

// Intl puts thin spaces around the dash of a range; spelled out so the tests show it.
const DASH = '\u2009–\u2009';

describe('formatDay', () => {
  it.each([
    ['en', 'February 28, 2022'],
    ['ja', '2022年2月28日'],
  ] as const)('formatDay(2022-02-28, %j) is %j in every process time zone', (lang, expected) => {
    expect(formatDay(toDay(2022, 2, 28), lang)).toBe(expected);
  });
});

describe('formatPoint', () => {
  it.each([
    ['2022-02-28', 'February 28, 2022', '2022年2月28日'],
    ['2021-11', 'November 2021', '2021年11月'],
    ['2022-22', 'Summer 2022', '2022年夏'],
    ['2022-24', 'Winter 2022', '2022年冬'],
    ['2022-33', 'Q1 2022', '2022年第1四半期'],
    ['2022-40', 'First half 2022', '2022年上半期'],
    ['2023', '2023', '2023年'],
    ['2021-11~', 'about November 2021', '2021年11月頃'],
    ['2021-11?', 'November 2021 (uncertain)', '2021年11月（不確定）'],
    ['2021-11%', 'about November 2021 (uncertain)', '2021年11月頃（不確定）'],
  ])('formatPoint(%j) is %j in English and %j in Japanese', (text, en, ja) => {
    expect(formatPoint(point(text), 'en')).toBe(en);
    expect(formatPoint(point(text), 'ja')).toBe(ja);
  });
});

describe('formatEdtf', () => {
  it.each([
    ['2023-05-19', 'May 19, 2023', '2023年5月19日'],
    ['2023-05-19/2023-05-21', `May 19${DASH}21, 2023`, '2023年5月19日～21日'],
    ['2023-05-19/2023-05-19', 'May 19, 2023', '2023年5月19日'],
    ['2023-05-30/2023-06-02', `May 30${DASH}June 2, 2023`, '2023年5月30日～6月2日'],
    [
      '2023-12-30/2024-01-02',
      `December 30, 2023${DASH}January 2, 2024`,
      '2023年12月30日～2024年1月2日',
    ],
    ['2023-03/2023-05', `March${DASH}May 2023`, '2023年3月～5月'],
    ['2023-11/2024-02', `November 2023${DASH}February 2024`, '2023年11月～2024年2月'],
    ['2022/2023', `2022${DASH}2023`, '2022年～2023年'],
    ['2021-11/2022-22', `November 2021${DASH}Summer 2022`, '2021年11月～2022年夏'],
    ['2023-05/2023-06-15', `May 2023${DASH}June 15, 2023`, '2023年5月～2023年6月15日'],
    ['2023-05-19/..', 'from May 19, 2023, ongoing', '2023年5月19日から継続中'],
    ['2023-05~/..', 'from about May 2023, ongoing', '2023年5月頃から継続中'],
    ['2023-05-19/', 'from May 19, 2023', '2023年5月19日から'],
    ['/2023', 'until 2023', '2023年まで'],
    ['../2022-03', 'until March 2022', '2022年3月まで'],
    ['../2023-05-19', 'until May 19, 2023', '2023年5月19日まで'],
  ])('formatEdtf(%j) is %j in English and %j in Japanese', (text, en, ja) => {
    expect(formatEdtf(parsed(text), 'en')).toBe(en);
    expect(formatEdtf(parsed(text), 'ja')).toBe(ja);
  });

  // Each end keeps its own certainty. A qualified start leads the English range, so its
  // words collapse; a qualified end is written whole, so that its "about" is its own.
  it.each([
    ['2022-08-22~/2022-08-25', `about August 22${DASH}25, 2022`, '2022年8月22日頃～25日'],
    [
      '2022-08-22?/2022-08-25',
      `August 22 (uncertain)${DASH}25, 2022`,
      '2022年8月22日（不確定）～25日',
    ],
    ['2023-05-30~/2023-06-02', `about May 30${DASH}June 2, 2023`, '2023年5月30日頃～6月2日'],
    [
      '2022-08-22/2022-08-25~',
      `August 22, 2022${DASH}about August 25, 2022`,
      '2022年8月22日～25日頃',
    ],
    [
      '2022-08-22~/2022-08-25~',
      `about August 22, 2022${DASH}about August 25, 2022`,
      '2022年8月22日頃～25日頃',
    ],
    ['2023-03~/2023-05', `about March${DASH}May 2023`, '2023年3月頃～5月'],
    [
      '2023-12-30~/2024-01-02',
      `about December 30, 2023${DASH}January 2, 2024`,
      '2023年12月30日頃～2024年1月2日',
    ],
    [
      '2023-05-19/2023-05-19~',
      `May 19, 2023${DASH}about May 19, 2023`,
      '2023年5月19日～2023年5月19日頃',
    ],
  ])('formatEdtf(%j), one end qualified, is %j and %j', (text, en, ja) => {
    expect(formatEdtf(parsed(text), 'en')).toBe(en);
    expect(formatEdtf(parsed(text), 'ja')).toBe(ja);
  });
});

describe('formatDays', () => {
  it.each([
    [toDay(2023, 5, 19), toDay(2023, 5, 19), 'May 19, 2023', '2023年5月19日'],
    [toDay(2023, 5, 19), toDay(2023, 5, 21), `May 19${DASH}21, 2023`, '2023年5月19日～21日'],
    [toDay(2023, 5, 30), toDay(2023, 6, 2), `May 30${DASH}June 2, 2023`, '2023年5月30日～6月2日'],
    [
      toDay(2021, 12, 10),
      toDay(2022, 2, 2),
      `December 10, 2021${DASH}February 2, 2022`,
      '2021年12月10日～2022年2月2日',
    ],
  ])('formatDays(%d, %d) is %j in English and %j in Japanese', (first, last, en, ja) => {
    expect(formatDays(first, last, 'en')).toBe(en);
    expect(formatDays(first, last, 'ja')).toBe(ja);
  });

  it("writes every English range of days as Intl's formatRange does", () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const start = toDay(2022, 11, 20);
    for (let first = start; first < start + 80; first += 3) {
      for (const length of [1, 2, 9, 15, 40, 75, 400]) {
        const last = first + length;
        expect(formatDays(first, last, 'en')).toBe(
          intl.formatRange(first * 86_400_000, last * 86_400_000),
        );
      }
    }
  });

  it("writes every English range of months in one year as Intl's formatRange does", () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    for (let a = 1; a <= 12; a++) {
      for (let b = a + 1; b <= 12; b++) {
        const text = `2023-${String(a).padStart(2, '0')}/2023-${String(b).padStart(2, '0')}`;
        expect(formatEdtf(parsed(text), 'en')).toBe(
          intl.formatRange(Date.UTC(2023, a - 1, 1), Date.UTC(2023, b - 1, 1)),
        );
      }
    }
  });
});

describe('machineDate', () => {
  // HTML's valid date, month and year strings; the HTML spec has no form for the rest.
  it.each([
    ['2022-02-28', '2022-02-28'],
    ['2022-03', '2022-03'],
    ['2023', '2023'],
    ['2022-02-28?', '2022-02-28'],
    ['2022-08~', '2022-08'],
    ['2023-05-19/2023-05-19', '2023-05-19'],
    ['2022-22', null],
    ['2023-02-02/2023-02-03', null],
    ['2022-08-22~/2022-08-25', null],
    ['2023-05-19/..', null],
    ['../2022-03', null],
    ['2023-05-19/', null],
  ])('machineDate(%j) is %j', (text, value) => {
    expect(machineDate(parsed(text))).toBe(value);
  });
});

describe('precisionLabel', () => {
  it.each([
    ['day', 'to the day', '日単位'],
    ['month', 'to the month', '月単位'],
    ['season', 'to the season', '季節単位'],
    ['year', 'to the year', '年単位'],
  ] as [Precision, string, string][])('precisionLabel(%j) is %j / %j', (precision, en, ja) => {
    expect(precisionLabel(precision, 'en')).toBe(en);
    expect(precisionLabel(precision, 'ja')).toBe(ja);
  });
});

describe('formatZoneDays', () => {
  const signing = [
    { zone: 'America/New_York', day: toDay(2022, 2, 28), place: 'Washington' },
    { zone: 'Asia/Tokyo', day: toDay(2022, 3, 1), place: 'Tokyo' },
  ];

  it('formatZoneDays names each day with its place, in English', () => {
    expect(formatZoneDays(signing, 'en')).toBe(
      'February 28, 2022, Washington · March 1, 2022, Tokyo',
    );
  });

  it('formatZoneDays names each day with its place, in Japanese', () => {
    const places: Record<string, string> = { Washington: 'ワシントン', Tokyo: '東京' };
    const ja = signing.map((z) => ({ ...z, place: places[z.place] ?? z.place }));
    expect(formatZoneDays(ja, 'ja' satisfies Lang)).toBe(
      '2022年2月28日（ワシントン）・2022年3月1日（東京）',
    );
  });
});
