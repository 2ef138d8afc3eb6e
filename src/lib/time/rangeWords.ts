/**
 * A range of days or months within one year, written with what its ends share written
 * once: in English as Intl's `formatRange` writes en-US ("May 19 – 21, 2023", "May 30 –
 * June 2, 2023", "March – May 2023"), in Japanese by our own rule ("2023年5月19日～21日",
 * "2023年5月30日～6月2日", "2023年3月～5月"), because ICU's Japanese interval patterns
 * differ between engines (Node 20 writes 2023/05/19～2023/05/21).
 */
import { fromDay, type Day } from './days';
import { dateWords } from './dateWords';
import type { Lang } from '../i18n/lang';

/** The same thin-spaced dash Intl's English formatRange prints, so every range matches. */
export const EN_RANGE = '\u2009–\u2009';

/** One end of a range: its first day, and the words of its certainty if it is not certain. */
export interface RangeEnd {
  day: Day;
  /** 'about …' / '…頃' and the like, around that end's words; none for a certain end. */
  qualify?: (words: string) => string;
}

const plain = (words: string) => words;

/**
 * The range from `start` to `end` in units of `unit` with the shared year (and month)
 * written once, each end with its own certainty; null where nothing is shared (another
 * year, or the same day or month at both ends), for the caller to write both ends whole.
 * In English a qualified end is written whole too: "August 22 – about 25, 2022" would
 * not say which 25th is about, and a trailing "(uncertain)" would read as the range's.
 */
export function rangeWords(
  unit: 'day' | 'month',
  start: RangeEnd,
  end: RangeEnd,
  lang: Lang,
): string | null {
  const a = fromDay(start.day);
  const b = fromDay(end.day);
  if (a.year !== b.year) return null;
  const sameMonth = a.month === b.month;
  if (unit === 'month' ? sameMonth : sameMonth && a.day === b.day) return null;
  const first = start.qualify ?? plain;
  const last = end.qualify ?? plain;
  if (lang === 'ja') {
    // The year (and month) once, at the start; each end's 頃 or （不確定） right after it.
    const from = dateWords(start.day, 'ja', unit === 'day' ? 'day' : 'month');
    const to = dateWords(
      end.day,
      'ja',
      sameMonth ? 'dayOfMonth' : unit === 'day' ? 'longDay' : 'longMonth',
    );
    return `${first(from)}～${last(to)}`;
  }
  if (end.qualify) return null;
  const year = dateWords(start.day, 'en', 'year');
  if (unit === 'month') {
    return `${first(dateWords(start.day, 'en', 'longMonth'))}${EN_RANGE}${dateWords(end.day, 'en', 'longMonth')} ${year}`;
  }
  const to = dateWords(end.day, 'en', sameMonth ? 'dayOfMonth' : 'longDay');
  return `${first(dateWords(start.day, 'en', 'longDay'))}${EN_RANGE}${to}, ${year}`;
}
