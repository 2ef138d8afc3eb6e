import { isoDay, type Day } from './days';
import { dateWords } from './dateWords';
import { EN_RANGE, rangeWords, type RangeEnd } from './rangeWords';
import type { EdtfDate, EdtfPoint, Precision } from './edtf';
import { SEASONS } from './seasons';
import type { Lang } from '../i18n/lang';

export type { Lang };

/** A calendar day in a named zone, e.g. the day a document was signed in Tokyo. */
export interface ZoneDay {
  zone: string;
  day: Day;
  /** the place as readers know it, already in the display language */
  place: string;
}

interface Words {
  season: (name: string, year: string) => string;
  approximate: (s: string) => string;
  uncertain: (s: string) => string;
  range: (start: string, end: string) => string;
  from: (s: string) => string;
  ongoing: (s: string) => string;
  until: (s: string) => string;
  zoneDay: (day: string, place: string) => string;
  zoneDaySeparator: string;
  precision: Record<Precision, string>;
}

const WORDS: Record<Lang, Words> = {
  en: {
    season: (name, year) => `${name} ${year}`,
    approximate: (s) => `about ${s}`,
    uncertain: (s) => `${s} (uncertain)`,
    range: (start, end) => `${start}${EN_RANGE}${end}`,
    from: (s) => `from ${s}`,
    ongoing: (s) => `from ${s}, ongoing`,
    until: (s) => `until ${s}`,
    zoneDay: (day, place) => `${day}, ${place}`,
    zoneDaySeparator: ' · ',
    precision: {
      day: 'to the day',
      month: 'to the month',
      season: 'to the season',
      year: 'to the year',
    },
  },
  ja: {
    season: (name, year) => `${year}${name}`,
    approximate: (s) => `${s}頃`,
    uncertain: (s) => `${s}（不確定）`,
    range: (start, end) => `${start}～${end}`,
    from: (s) => `${s}から`,
    ongoing: (s) => `${s}から継続中`,
    until: (s) => `${s}まで`,
    zoneDay: (day, place) => `${day}（${place}）`,
    zoneDaySeparator: '・',
    precision: { day: '日単位', month: '月単位', season: '季節単位', year: '年単位' },
  },
};

/** 'February 28, 2022' / '2022年2月28日' */
export function formatDay(day: Day, lang: Lang): string {
  return dateWords(day, lang, 'day');
}

/** 'Summer 2022' / '2022年夏', with 'about …' / '…頃' and '(uncertain)' / '（不確定）' */
export function formatPoint(p: EdtfPoint, lang: Lang): string {
  return qualified(bareDate(p, lang), p, lang);
}

/** `words` said of `p` with its certainty: 'about …', '… (uncertain)' / '…頃', '…（不確定）'. */
function qualified(words: string, p: EdtfPoint, lang: Lang): string {
  const say = WORDS[lang];
  let text = words;
  if (p.approximate) text = say.approximate(text);
  if (p.uncertain) text = say.uncertain(text);
  return text;
}

/** One end of a range, for rangeWords: its day and, if it is not certain, how to say so. */
function rangeEnd(p: EdtfPoint, lang: Lang): RangeEnd {
  const certain = !p.approximate && !p.uncertain;
  return { day: p.first, qualify: certain ? undefined : (words) => qualified(words, p, lang) };
}

function bareDate(p: EdtfPoint, lang: Lang): string {
  if (p.precision === 'day') return formatDay(p.first, lang);
  if (p.precision === 'month') return dateWords(p.first, lang, 'month');
  const year = dateWords(p.first, lang, 'year');
  const season = p.season === undefined ? undefined : SEASONS[p.season];
  if (p.precision === 'season' && season) return WORDS[lang].season(season.names[lang], year);
  return year;
}

/**
 * A single date as formatPoint; intervals as a range, 'from …' (an unknown end), 'from …,
 * ongoing' (an open end: still going on) or 'until …' (an open or unknown start). A
 * range of days or months in one year writes the year once (see rangeWords), each end
 * with its own certainty: 'about August 22 – 25, 2022' / '2022年8月22日頃～25日'.
 */
export function formatEdtf(d: EdtfDate, lang: Lang): string {
  const words = WORDS[lang];
  const { start, end } = d;
  // The parser never leaves both ends null, so one of the first three returns.
  if (!d.interval && start) return formatPoint(start, lang);
  if (!end) {
    if (!start) return '';
    return (d.openEnd ? words.ongoing : words.from)(formatPoint(start, lang));
  }
  if (!start) return words.until(formatPoint(end, lang));
  if (start.first === end.first && start.last === end.last && sameQualifiers(start, end)) {
    return formatPoint(start, lang);
  }
  const unit = start.precision === end.precision ? start.precision : null;
  if (unit === 'day' || unit === 'month') {
    const range = rangeWords(unit, rangeEnd(start, lang), rangeEnd(end, lang), lang);
    if (range) return range;
  }
  return words.range(formatPoint(start, lang), formatPoint(end, lang));
}

/**
 * Days first to last, as a range in words: 'May 19 – 21, 2023', 'May 30 – June 2, 2023' /
 * '2023年5月19日～21日', '2023年5月30日～6月2日'.
 */
export function formatDays(first: Day, last: Day, lang: Lang): string {
  if (first === last) return formatDay(first, lang);
  return (
    rangeWords('day', { day: first }, { day: last }, lang) ??
    WORDS[lang].range(formatDay(first, lang), formatDay(last, lang))
  );
}

function sameQualifiers(a: EdtfPoint, b: EdtfPoint): boolean {
  return a.approximate === b.approximate && a.uncertain === b.uncertain;
}

/**
 * The date as HTML's `<time datetime>` can state it: `2022-02-28`, `2022-03` or `2022`,
 * for a single day, month or year (and an interval of one such point). A season, a
 * range, an open end or a year HTML cannot write (before year 1) has no such form: null,
 * and the words stand alone. Qualifiers stay in the words: the value is the date named.
 */
export function machineDate(d: EdtfDate): string | null {
  const { start, end } = d;
  if (!start) return null;
  if (d.interval && (!end || end.first !== start.first || end.last !== start.last)) return null;
  if (start.year < 1) return null;
  const iso = isoDay(start.first);
  if (start.precision === 'day') return iso;
  if (start.precision === 'month') return iso.slice(0, -3);
  if (start.precision === 'year') return iso.slice(0, -6);
  return null;
}

/** 'to the day' / '日単位', for a legend or a tooltip. */
export function precisionLabel(p: Precision, lang: Lang): string {
  return WORDS[lang].precision[p];
}

/** 'February 28, 2022, Washington · March 1, 2022, Tokyo' / '2022年2月28日（ワシントン）・2022年3月1日（東京）' */
export function formatZoneDays(list: ZoneDay[], lang: Lang): string {
  const words = WORDS[lang];
  return list
    .map(({ day, place }) => words.zoneDay(formatDay(day, lang), place))
    .join(words.zoneDaySeparator);
}
