import type { Lang } from '../i18n/lang';
import { dateWords, type DatePattern } from '../time/calendarWords';
import { fromDay, MS_PER_DAY } from '../time/days';

export type { Lang };

/** What a tick or context label says; `long` adds the year where the key allows it. */
export type LabelKey = 'year' | 'quarter' | 'month' | 'day' | 'monthYear';

// en-US patterns ('Mar 6', not '6 Mar') and ja-JP ones, written without Intl: see
// calendarWords.ts.
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

/**
 * A width estimate in px without measuring text (no DOM in lib): ~7 px per Latin
 * character, ~13 px per CJK or full-width character at the axis font size.
 */
export function estimateLabelWidth(text: string): number {
  // By UTF-16 unit rather than by code point: a first view measures a thousand titles,
  // and a string iterator is slow in code not yet optimised. A surrogate pair (a code
  // point past U+FFFF, all of them wide here) counts once, at its high half.
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      // Planes 2 and up (high surrogate D840 onwards) are CJK; plane 1 is not.
      w += c >= 0xd840 ? 13 : 7;
      i++;
      continue;
    }
    const wide =
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60);
    w += wide ? 13 : 7;
  }
  return w;
}
