/**
 * What a problem with an events file says, as a key and the values its sentence needs,
 * so that each language can say it in its own words (lib/i18n/problemsEn.ts and
 * problemsJa.ts). The checks only say which problem it is; the words are needed
 * where problems are shown (the view that lists them, fetched when there are some; the
 * `npm run validate` command), never on the way to a first view.
 */
import type { EdtfFault } from '../time/edtf';

/** What a value is, as a problem names it: `typeof`, with null and lists apart. */
export type Kind =
  | 'null'
  | 'list'
  | 'object'
  | 'string'
  | 'number'
  | 'boolean'
  | 'bigint'
  | 'symbol'
  | 'undefined'
  | 'function';

/** The value a problem is about: a field by its name, an item of a list, or the record. */
export type Name = string | number | null;

/** What the format asks of a value (schema.ts gives them as valibot's messages). */
export const RULES = [
  'id',
  'notEmpty',
  'langCode',
  'language',
  'needsLanguage',
  'text',
  'edtfString',
  'day',
  'url',
  'fullUrl',
  'https',
  'level',
  'colour',
  'status',
  'edtf',
] as const;
export type Rule = (typeof RULES)[number];

export type Said =
  | EdtfFault
  | { key: 'tooLarge'; bytes: number; max: number }
  | { key: 'empty' }
  /** Where the JSON breaks: its end, or a line and column and what was found there. */
  | { key: 'notJson'; end?: true; line?: number; column?: number; found?: string }
  | { key: 'notObject'; found: Kind }
  | { key: 'unknownField'; field: string }
  | { key: 'missingField'; field: string }
  | { key: 'notList'; field: string; found: Kind }
  | { key: 'noReason' }
  /** A problem, and how many more of its kind follow it unlisted (listed.ts). */
  | { key: 'andMore'; count: number; like: Said }
  | { key: 'unknownKey'; name: Name }
  | { key: 'required'; name: Name }
  /** `shown` is the value when it is a string, cut to 40 characters. */
  | { key: 'mustBe'; name: Name; shown?: string; expected: 'string' | 'list' | 'object' | null }
  | { key: 'rule'; name: Name; shown?: string; rule: Rule }
  | { key: 'duplicateId'; id: string; list: string; first: number }
  | { key: 'sourceDateInvalid' }
  | { key: 'dateInvalid' }
  | { key: 'noSuch'; kind: 'source' | 'topic' | 'person' | 'event'; id: string }
  | { key: 'noSource' }
  | { key: 'noQuote' }
  | { key: 'stopWindow'; from: string; to: string }
  | { key: 'unknownZone'; zone: string }
  | { key: 'zonesDisagree' }
  /** The same id (or, for a source, the same source and quote) again in one list; `first` is its index. */
  | { key: 'listedTwice'; kind: 'topic' | 'person' | 'source'; id: string; first: number }
  /** A quote names a topic its event does not list: the event is given it. */
  | { key: 'quoteTopicAdded'; id: string }
  /** A topic's parent has a parent of its own: topics nest one level only. */
  | { key: 'parentNested'; id: string; parent: string }
  /** A topic's parents lead back to it (its own parent, or a loop). */
  | { key: 'parentCycle'; id: string; parent: string }
  /** A date a source gives that the event's own date does not cover. */
  | { key: 'claimOutside'; date: string; within: string };

/** One language's words for every problem. */
export type ProblemWords = { [K in Said['key']]: (said: Extract<Said, { key: K }>) => string };

/** A problem in the words of one language's table (lib/i18n/problemsEn.ts, ...Ja.ts). */
export function say(said: Said, words: ProblemWords): string {
  return (words[said.key] as (said: Said) => string)(clipped(said));
}

/**
 * The most characters of a file's own text that a sentence quotes: longer than any real
 * id, date or field name, and short enough that a 20,000-character one is not a
 * 20,000-character sentence.
 */
export const QUOTED = 80;

export const clip = (text: string, max = QUOTED): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;

function clipped(said: Said): Said {
  const out: Record<string, unknown> = { ...said };
  for (const [field, value] of Object.entries(said)) {
    if (typeof value === 'string' && field !== 'key') out[field] = clip(value);
  }
  return out as Said;
}

/** The kind of a value, as problems name it. */
export function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value as Kind;
}
