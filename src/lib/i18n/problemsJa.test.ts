import { describe, expect, it } from 'vitest';
import { say, type Said } from '../data/said';
import { ENGLISH } from './problemsEn';
import { JAPANESE } from './problemsJa';

/** One problem of every key, with values a file could give. */
const EVERY: Said[] = [
  { key: 'edtfEmpty' },
  { key: 'edtfSlashes', text: '2022/05/19' },
  { key: 'edtfOpenAlone' },
  { key: 'edtfNoKnownEnd', text: '../..' },
  { key: 'edtfEndsBeforeStarts', start: '2023', end: '2022' },
  { key: 'edtfNotEdtf', text: 'summer 2022', year: '2022', season: 22 },
  { key: 'edtfNotEdtf', text: 'soon' },
  { key: 'edtfBadMonth', side: '2022-25', code: 25 },
  { key: 'edtfBadDay', side: '2022-05-00', day: 0 },
  { key: 'edtfMonthDays', side: '2023-02-30', year: 2023, month: 2, length: 28 },
  { key: 'tooLarge', bytes: 60 * 1024 * 1024, max: 50 * 1024 * 1024 },
  { key: 'empty' },
  { key: 'notJson', line: 3, column: 5, found: 'title' },
  { key: 'notJson', end: true },
  { key: 'notJson' },
  { key: 'notObject', found: 'list' },
  { key: 'unknownField', field: 'evnts' },
  { key: 'missingField', field: 'events' },
  { key: 'notList', field: 'events', found: 'object' },
  { key: 'noReason' },
  { key: 'andMore', count: 19_799, like: { key: 'required', name: 'date' } },
  { key: 'unknownKey', name: 'colour' },
  { key: 'required', name: 'title' },
  { key: 'mustBe', name: 0, expected: 'string' },
  { key: 'mustBe', name: null, expected: null },
  { key: 'rule', name: 'status', shown: 'done', rule: 'status' },
  { key: 'duplicateId', id: 'round-1', list: 'events', first: 0 },
  { key: 'sourceDateInvalid' },
  { key: 'dateInvalid' },
  { key: 'noSuch', kind: 'topic', id: 'labour' },
  { key: 'noSource' },
  { key: 'noQuote' },
  { key: 'stopWindow', from: '2022-03-01', to: '2022-02-01' },
  { key: 'unknownZone', zone: 'Asia/Tokio' },
  { key: 'zonesDisagree' },
  { key: 'listedTwice', kind: 'topic', id: 'labor', first: 0 },
  { key: 'listedTwice', kind: 'source', id: 'ustr-readout', first: 1 },
  { key: 'quoteTopicAdded', id: 'ethanol' },
  { key: 'parentNested', id: 'ethanol', parent: 'trade-issues' },
  { key: 'parentCycle', id: 'ethanol', parent: 'fuels' },
  { key: 'parentCycle', id: 'ethanol', parent: 'ethanol' },
  { key: 'claimOutside', date: '2024-10-06', within: '2024-10-07' },
];

describe('problems in Japanese', () => {
  it('covers every key the checks can say', () => {
    const keys = new Set(EVERY.map((said) => said.key));
    expect([...keys].sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  it.each(EVERY.map((said) => [said.key, said] as const))(
    '%s is a Japanese sentence with the values kept',
    (_, said) => {
      const text = say(said, JAPANESE);
      expect(text).toMatch(/。$/);
      // Japanese words, not English ones left behind.
      expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text).not.toMatch(/\b(must|the|is|not)\b/);
      for (const value of Object.values(said)) {
        if (
          typeof value === 'string' &&
          value !== said.key &&
          !['list', 'object', 'string', 'status', 'topic', 'source'].includes(value)
        ) {
          expect(text).toContain(value);
        }
      }
    },
  );

  it('says a date the month cannot hold as a Japanese calendar date', () => {
    expect(
      say({ key: 'edtfMonthDays', side: '2023-02-30', year: 2023, month: 2, length: 28 }, JAPANESE),
    ).toBe('「2023-02-30」：2023年2月は28日までです。');
    expect(say({ key: 'edtfNotEdtf', text: '2022年夏', year: '2022', season: 22 }, JAPANESE)).toBe(
      '「2022年夏」はEDTFの日付ではありません。2022年の夏は 2022-22 と書きます。',
    );
  });
});
