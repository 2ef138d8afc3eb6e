/**
 * What is wrong with an events file, in English: the words for every problem the checks
 * can find (lib/data/said.ts). Fetched with the view that lists problems, and used by
 * `npm run validate`.
 */
import type { EdtfFault } from '../time/edtf';
import { toDay } from '../time/days';
import { dateWords } from '../time/dateWords';
import { SEASONS } from '../time/seasons';
import { asSentence } from '../data/problems';
import { say, type Kind, type Name, type ProblemWords, type Rule, type Said } from '../data/said';
import { STATUSES } from '../data/statuses';
import { count, megabytes } from './count';

const EXAMPLES = 'e.g. 2022, 2022-05, 2022-05-19, 2022-22 (summer) or 2022-05/2022-08';

// Only error messages need a month name, and they are in English.
function monthName(year: number, month: number): string {
  return dateWords(toDay(year, month, 1), 'en', 'month');
}

/** A fault in English, as a clause: "the interval ends (2022) before it starts (2023)". */
export function edtfWords(fault: EdtfFault): string {
  switch (fault.key) {
    case 'edtfEmpty':
      return 'the date is empty';
    case 'edtfSlashes':
      return `"${fault.text}" has more than one "/"; write days as 2022-05-19 and intervals as start/end`;
    case 'edtfOpenAlone':
      return '".." (open) is only allowed as one end of an interval, e.g. 2022/..';
    case 'edtfNoKnownEnd':
      return `"${fault.text}" needs at least one known end`;
    case 'edtfEndsBeforeStarts':
      return `the interval ends (${fault.end}) before it starts (${fault.start})`;
    case 'edtfNotEdtf': {
      const names = fault.season === undefined ? undefined : SEASONS[fault.season]?.names;
      if (!names || !fault.year) return `"${fault.text}" is not an EDTF date; write ${EXAMPLES}`;
      // 'Summer' reads as 'summer' mid-sentence, 'Q1' stays as it is.
      const word = /^[A-Z][a-z]/.test(names.en)
        ? names.en.charAt(0).toLowerCase() + names.en.slice(1)
        : names.en;
      return `"${fault.text}" is not an EDTF date; write e.g. ${fault.year}-${fault.season} for ${word} ${fault.year}`;
    }
    case 'edtfBadMonth': {
      const codes = fault.code > 20 ? '; seasons are 21-24, quarters 33-36 and halves 40-41' : '';
      return `"${fault.side}" is not a valid month (${fault.code})${codes}`;
    }
    case 'edtfBadDay':
      return `"${fault.side}" is not a valid day (${fault.day})`;
    case 'edtfMonthDays':
      return `"${fault.side}": ${monthName(fault.year, fault.month)} has ${fault.length} days`;
  }
}

const A_KIND: Record<Kind, string> = {
  null: 'null',
  list: 'a list',
  object: 'an object',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  bigint: 'a bigint',
  symbol: 'a symbol',
  undefined: 'nothing',
  function: 'a function',
};

const RULE_WORDS: Record<Rule, string> = {
  id: 'must be lower-case letters, digits and hyphens, e.g. "first-round"',
  notEmpty: 'must not be empty',
  langCode: 'must be a language code such as "en"',
  language: 'must be a language code',
  needsLanguage: 'needs at least one language',
  text: 'must be a string or a map of language to string, e.g. {"en": "...", "ja": "..."}',
  edtfString: 'must be an EDTF date string',
  day: 'must be a day, YYYY-MM-DD',
  url: 'must be a URL',
  fullUrl: 'must be a full URL',
  https: 'must be an https:// URL',
  level: 'must be "primary" or "secondary"',
  colour: 'must be a colour such as "#1f77b4"',
  status: `must be one of: ${STATUSES.join(', ')}`,
  edtf: 'is not an EDTF date',
};

const named = (name: Name) =>
  name === null ? 'This record' : typeof name === 'number' ? 'This item' : `"${name}"`;
const shown = (value: string | undefined) => (value === undefined ? '' : ` ("${value}")`);
const edtf = (fault: EdtfFault) => asSentence(edtfWords(fault));

export const ENGLISH: ProblemWords = {
  edtfEmpty: edtf,
  edtfSlashes: edtf,
  edtfOpenAlone: edtf,
  edtfNoKnownEnd: edtf,
  edtfEndsBeforeStarts: edtf,
  edtfNotEdtf: edtf,
  edtfBadMonth: edtf,
  edtfBadDay: edtf,
  edtfMonthDays: edtf,
  tooLarge: ({ bytes, max }) =>
    `The file is ${megabytes(bytes)}; an events file may be at most ${megabytes(max)}.`,
  empty: () => 'The file is empty: it should hold a JSON object.',
  notJson: ({ end, line, column, found }) => {
    if (end) return 'The file is not valid JSON: it ends before the JSON is complete.';
    if (line === undefined) return 'The file is not valid JSON.';
    const what = found ? JSON.stringify(found) : 'line break';
    return `The file is not valid JSON: unexpected ${what} at line ${line}, column ${column}.`;
  },
  notObject: ({ found }) =>
    `The file holds ${A_KIND[found]}; it should hold a JSON object with "title", "sources", "topics" and "events".`,
  unknownField: ({ field }) => `"${field}" is not a field of an events file.`,
  missingField: ({ field }) => `The file has no "${field}".`,
  notList: ({ field, found }) => `"${field}" must be a list, not ${A_KIND[found]}.`,
  noReason: () => 'It does not match the format.',
  andMore: ({ count: n, like }) =>
    `${say(like, ENGLISH)} And ${n === 1 ? 'one' : count(n)} more of the same kind, not listed.`,
  unknownKey: ({ name }) => `${named(name)} is not a known field here; check its spelling.`,
  required: ({ name }) => `${named(name)} is required.`,
  mustBe: ({ name, shown: value, expected }) =>
    `${named(name)}${shown(value)} must be ${expected ? A_KIND[expected] : 'valid'}.`,
  rule: ({ name, shown: value, rule }) => `${named(name)}${shown(value)} ${RULE_WORDS[rule]}.`,
  duplicateId: ({ id, list, first }) => `The id "${id}" is already used by ${list}[${first}].`,
  sourceDateInvalid: () => 'Its publication date is not a valid EDTF date.',
  dateInvalid: () => 'Its date is not a valid EDTF date.',
  noSuch: ({ kind, id }) => `No ${kind} has the id "${id}".`,
  noSource: () => 'The event has no source: every event needs at least one.',
  noQuote: () => 'The reference has neither a quote nor a note.',
  stopWindow: ({ from, to }) => `The stop's window ends (${to}) before it starts (${from}).`,
  unknownZone: ({ zone }) => `"${zone}" is not a known IANA time zone, e.g. "Asia/Tokyo".`,
  zonesDisagree: () =>
    'These local dates cannot be the same moment: no instant is on each of these days in its zone.',
  listedTwice: ({ kind, id, first }) =>
    kind === 'source'
      ? `This reference repeats the one at [${first}] (the same source "${id}" and quote); it is kept once.`
      : `The ${kind} "${id}" is already listed at [${first}]; it is kept once.`,
  quoteTopicAdded: ({ id }) =>
    `The quote supports the topic "${id}", which the event does not list; the event is shown with it.`,
  parentNested: ({ id, parent }) =>
    `The topic "${parent}" has a parent of its own, so it cannot be the parent of "${id}": topics nest one level only. "${id}" is shown without a parent.`,
  parentCycle: ({ id, parent }) =>
    id === parent
      ? `The topic "${id}" cannot be its own parent; it is shown without one.`
      : `The parents of "${id}" lead back to it through "${parent}"; "${id}" is shown without a parent.`,
  claimOutside: ({ date, within }) =>
    `The date this source gives (${date}) is outside the event's date (${within}), which must cover every claim; the claim is dropped.`,
};

/** A problem in English. */
export const inEnglish = (said: Said): string => say(said, ENGLISH);
