import { describe, expect, it } from 'vitest';
import { claimsVerdict, shortName, zoneName, zonePlaces } from './sayClaims';
import { parseEdtf, type EdtfDate } from '../time/edtf';

const when = (text: string): EdtfDate => {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

describe('claimsVerdict', () => {
  it.each([
    [
      'October 7 in Washington and October 6, Japan time, cannot both be right',
      [
        { when: when('2024-10-07'), zone: 'America/New_York' },
        { when: when('2024-10-06'), zone: 'Asia/Tokyo' },
      ],
      'disagree',
    ],
    [
      'December 17 in Washington and December 18, Japan time, are one moment',
      [
        { when: when('2024-12-17'), zone: 'America/New_York' },
        { when: when('2024-12-18'), zone: 'Asia/Tokyo' },
      ],
      'across-zones',
    ],
    [
      'two sources on the same day give the same date',
      [{ when: when('2024-12-17') }, { when: when('2024-12-17'), zone: 'Asia/Tokyo' }],
      'same',
    ],
    [
      'different days without zones disagree',
      [{ when: when('2024-12-17') }, { when: when('2024-12-18') }],
      'disagree',
    ],
  ])('%s', (_, claims, verdict) => {
    expect(claimsVerdict(claims)).toBe(verdict);
  });
});

describe('shortName', () => {
  it.each([
    ['Office of the United States Trade Representative (USTR)', 'USTR'],
    ['米国通商代表部（USTR）', 'USTR'],
    ['Ministry of Economy, Trade and Industry of Japan (METI)', 'METI'],
    ['経済産業省', '経済産業省'],
    [
      'Reuters (David Lawder), as reposted by ellinghuysen.com',
      'Reuters (David Lawder), as reposted by ellinghuysen.com',
    ],
    ['Thompson Hine LLP (a law firm)', 'Thompson Hine LLP (a law firm)'],
  ])('calls %s "%s"', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('zonePlaces', () => {
  it('names each zone by the first place the events give it', () => {
    const places = zonePlaces([
      { zones: [{ zone: 'America/New_York', date: '2022-02-28', place: 'Washington' }] },
      {},
      {
        zones: [
          { zone: 'America/New_York', date: '2023-01-01', place: 'New York' },
          { zone: 'Asia/Tokyo', date: '2023-01-02', place: { en: 'Tokyo', ja: '東京' } },
        ],
      },
    ]);
    expect([...places]).toEqual([
      ['America/New_York', 'Washington'],
      ['Asia/Tokyo', { en: 'Tokyo', ja: '東京' }],
    ]);
  });
});

describe('zoneName', () => {
  it('names a zone in the reader’s language, as Intl does', () => {
    expect(zoneName('Asia/Tokyo', 'en')).toMatch(/Japan/);
    expect(zoneName('Asia/Tokyo', 'ja')).toMatch(/日本/);
  });

  it('falls back to the zone’s id for one Intl does not know', () => {
    expect(zoneName('Mars/Olympus', 'en')).toBe('Mars/Olympus');
  });
});
