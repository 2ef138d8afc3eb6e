/**
 * The words of the details' dates by source and quote topics, one table per language:
 * apart from strings.ts because they load with the details, not with the first view.
 */
import type { Lang } from './lang';

/** One source's date, said: who says it and the date in words, with its zone if it names one. */
export interface SaidClaim {
  by: string;
  date: string;
}

const en = {
  datesBySource: 'Dates by source',
  claimsDisagree: (claims: readonly SaidClaim[]) =>
    `The sources disagree: ${claims.map((c) => `${c.by} says ${c.date}`).join('; ')}.`,
  /** Days that differ only as their zones do: 'December 17, 2024, Washington · December 18, 2024, Tokyo'. */
  claimsAgreeAcrossZones: (days: string) =>
    `The sources agree once their time zones are read: ${days}.`,
  claimsAgree: 'The sources give the same date.',
  quoteTopics: 'Topics this quote supports',
};

export type DetailStrings = typeof en;

const ja: DetailStrings = {
  datesBySource: '典拠ごとの日付',
  claimsDisagree: (claims) =>
    `典拠の記載が食い違っています。${claims.map((c) => `${c.by}は${c.date}`).join('、')}としています。`,
  claimsAgreeAcrossZones: (days) =>
    `タイムゾーンの違いを踏まえると、典拠の日付は一致します：${days}。`,
  claimsAgree: '典拠の日付は一致しています。',
  quoteTopics: 'この引用が裏付ける分野',
};

export const DETAIL_STRINGS: Record<Lang, DetailStrings> = { en, ja };
