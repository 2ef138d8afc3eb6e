import { dayToUtc, fromDay, type Day } from './days';
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

// Intl rather than date-fns locales: the browser already ships every month name,
// so words cost no bundle bytes. timeZone 'UTC' because a Day is placed at
// midnight UTC; any other zone could print the previous or next day.
const DAY: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
};
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };

// Building a DateTimeFormat costs far more than using one, and a timeline formats
// hundreds of labels per render.
const formatters = new Map<Lang, Map<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Keyed by the options object itself: they are module constants, and this runs for
  // every date a mark names.
  let byOptions = formatters.get(lang);
  if (!byOptions) formatters.set(lang, (byOptions = new Map()));
  let cached = byOptions.get(options);
  if (!cached) {
    cached = new Intl.DateTimeFormat(lang, options);
    byOptions.set(options, cached);
  }
  return cached;
}

// The same thin-spaced dash Intl's English formatRange prints, so every range matches.
const EN_RANGE = '\u2009–\u2009';

interface Words {
  season: (name: string, year: string) => string;
  approximate: (s: string) => string;
  uncertain: (s: string) => string;
  range: (start: string, end: string) => string;
  from: (s: string) => string;
  until: (s: string) => string;
  sameMonth: (start: Day, end: Day) => string;
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
    until: (s) => `until ${s}`,
    sameMonth: (start, end) => formatter('en', DAY).formatRange(dayToUtc(start), dayToUtc(end)),
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
    until: (s) => `${s}まで`,
    // ICU's Japanese interval pattern differs between engines (Node 20 prints
    // 2023/05/19～2023/05/21), so keep only the end's day part ourselves.
    sameMonth: (start, end) => {
      const parts = formatter('ja', DAY).formatToParts(dayToUtc(end));
      const dayAt = parts.findIndex((p) => p.type === 'day');
      const endDay = parts
        .slice(dayAt)
        .map((p) => p.value)
        .join('');
      return `${formatDay(start, 'ja')}～${endDay}`;
    },
    zoneDay: (day, place) => `${day}（${place}）`,
    zoneDaySeparator: '・',
    precision: { day: '日単位', month: '月単位', season: '季節単位', year: '年単位' },
  },
};

/** 'February 28, 2022' / '2022年2月28日' */
export function formatDay(day: Day, lang: Lang): string {
  return formatter(lang, DAY).format(dayToUtc(day));
}

/** 'Summer 2022' / '2022年夏', with 'about …' / '…頃' and '(uncertain)' / '（不確定）' */
export function formatPoint(p: EdtfPoint, lang: Lang): string {
  const words = WORDS[lang];
  let text = bareDate(p, lang);
  if (p.approximate) text = words.approximate(text);
  if (p.uncertain) text = words.uncertain(text);
  return text;
}

function bareDate(p: EdtfPoint, lang: Lang): string {
  const at = dayToUtc(p.first);
  if (p.precision === 'day') return formatDay(p.first, lang);
  if (p.precision === 'month') return formatter(lang, MONTH).format(at);
  const year = formatter(lang, YEAR).format(at);
  const season = p.season === undefined ? undefined : SEASONS[p.season];
  if (p.precision === 'season' && season) return WORDS[lang].season(season.names[lang], year);
  return year;
}

/** A single date as formatPoint; intervals as a range, 'from …' or 'until …'. */
export function formatEdtf(d: EdtfDate, lang: Lang): string {
  const words = WORDS[lang];
  const { start, end } = d;
  // The parser never leaves both ends null, so one of the first three returns.
  if (!d.interval && start) return formatPoint(start, lang);
  if (!end) return start ? words.from(formatPoint(start, lang)) : '';
  if (!start) return words.until(formatPoint(end, lang));
  if (start.first === end.first && start.last === end.last && sameQualifiers(start, end)) {
    return formatPoint(start, lang);
  }
  if (isPlainDay(start) && isPlainDay(end) && sameMonth(start.first, end.first)) {
    return words.sameMonth(start.first, end.first);
  }
  return words.range(formatPoint(start, lang), formatPoint(end, lang));
}

function sameQualifiers(a: EdtfPoint, b: EdtfPoint): boolean {
  return a.approximate === b.approximate && a.uncertain === b.uncertain;
}

function isPlainDay(p: EdtfPoint): boolean {
  return p.precision === 'day' && !p.approximate && !p.uncertain;
}

function sameMonth(a: Day, b: Day): boolean {
  const x = fromDay(a);
  const y = fromDay(b);
  return x.year === y.year && x.month === y.month;
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
