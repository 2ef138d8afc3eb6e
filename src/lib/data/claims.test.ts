import { describe, expect, it } from 'vitest';
import { parseEdtf, type EdtfDate } from '../time/edtf';
import { claimsDisagree, coversClaim } from './claims';

function when(text: string): EdtfDate {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.fault.key);
  return parsed.value;
}

const washington = (date: string) => ({ when: when(date), zone: 'America/New_York' });
const tokyo = (date: string) => ({ when: when(date), zone: 'Asia/Tokyo' });
const unzoned = (date: string) => ({ when: when(date) });

describe('claimsDisagree', () => {
  it.each([
    // The Task Force's second meeting: USTR's readout (Washington) against METI's "Japan time".
    [
      'October 7 in Washington and October 6 in Tokyo disagree: Tokyo is ahead',
      [washington('2024-10-07'), tokyo('2024-10-06')],
      true,
    ],
    [
      'December 17 in Washington and December 18 in Tokyo agree: one moment can be both',
      [washington('2024-12-17'), tokyo('2024-12-18')],
      false,
    ],
    [
      'February 28 and March 2 in Tokyo disagree',
      [washington('2022-02-28'), tokyo('2022-03-02')],
      true,
    ],
    ['one claim never disagrees', [tokyo('2024-10-06')], false],
    ['no claims never disagree', [], false],
    ['the same day without zones agrees', [unzoned('2024-10-07'), unzoned('2024-10-07')], false],
    [
      'the same day in two zones agrees, as both sources name it',
      [washington('2024-10-07'), tokyo('2024-10-07')],
      false,
    ],
    [
      'different days disagree when a source states no zone',
      [unzoned('2024-12-17'), tokyo('2024-12-18')],
      true,
    ],
    ['a month and a day in it disagree', [unzoned('2024-10'), unzoned('2024-10-07')], true],
    [
      'a span and a day disagree, even in zones',
      [washington('2024-12-17/2024-12-18'), tokyo('2024-12-18')],
      true,
    ],
    [
      'the same span agrees',
      [unzoned('2024-12-17/2024-12-18'), unzoned('2024-12-17/2024-12-18')],
      false,
    ],
  ])('%s', (_sentence, claims, expected) => {
    expect(claimsDisagree(claims)).toBe(expected);
  });
});

describe('coversClaim', () => {
  it.each([
    ['a span covers each of its days', '2024-10-06/2024-10-07', '2024-10-06', true],
    ['a span does not cover the day after it', '2024-10-06/2024-10-07', '2024-10-08', false],
    ['a day does not cover the day before it', '2024-10-07', '2024-10-06', false],
    ['a month covers its days', '2024-10', '2024-10-31', true],
    ['a day does not cover its month', '2024-10-07', '2024-10', false],
    ['an open end covers any later day', '2024-10-06/..', '2025-01-01', true],
    ['an open start covers any earlier day', '../2024-10-07', '2020-01-01', true],
  ])('%s', (_sentence, event, claim, expected) => {
    expect(coversClaim(when(event), when(claim))).toBe(expected);
  });
});
