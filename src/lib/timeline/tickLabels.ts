import type { Lang } from '../i18n/lang';
import { dateWords, type DatePattern } from '../time/dateWords';
import { fromDay, MS_PER_DAY } from '../time/days';

export type { Lang };

/** What a tick or context label says; `long` adds the year where the key allows it. */
export type LabelKey = 'year' | 'quarter' | 'month' | 'day' | 'monthYear';

const PATTERNS = {
  year: 'year',
  month: 'shortMonth',
  monthYear: 'shortMonthYear',
  day: 'shortDay',
} as const satisfies Record<string, DatePattern>;

function format(lang: Lang, pattern: keyof typeof PATTERNS, t: number): string {
  return dateWords(Math.floor(t / MS_PER_DAY), lang, PATTERNS[pattern]);
}

/** Quarters are not an Intl field: 'Q2' / 'Q1 2023' in English, 'Q2' / '2023年Q1' in Japanese. */
function quarter(lang: Lang, t: number, long: boolean): string {
  const q = `Q${Math.floor((fromDay(Math.floor(t / MS_PER_DAY)).month - 1) / 3) + 1}`;
  if (!long) return q;
  return lang === 'ja' ? `${format(lang, 'year', t)}${q}` : `${q} ${format(lang, 'year', t)}`;
}

/** The label for the instant `t` (read in UTC). `long` adds the year to months and quarters. */
export function formatLabel(key: LabelKey, t: number, lang: Lang, long = false): string {
  if (key === 'quarter') return quarter(lang, t, long);
  if (key === 'month' && long) return format(lang, 'monthYear', t);
  return format(lang, key, t);
}
