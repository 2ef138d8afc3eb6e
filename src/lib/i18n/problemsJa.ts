/**
 * What is wrong with an events file, in Japanese: the same problems as the English words
 * in lib/data/said.ts, key for key (a missing one is a type error). Values a person
 * typed are quoted with 「」; the file's own field names keep their JSON quotes.
 */
import { say, type Kind, type Name, type ProblemWords, type Rule } from '../data/said';
import { STATUSES } from '../data/statuses';
import { SEASONS } from '../time/seasons';
import { count, megabytes } from './count';

const KIND: Record<Kind, string> = {
  null: 'null',
  list: 'リスト',
  object: 'オブジェクト',
  string: '文字列',
  number: '数値',
  boolean: '真偽値',
  bigint: '数値',
  symbol: 'シンボル',
  undefined: '値なし',
  function: '関数',
};

const RULE: Record<Rule, string> = {
  id: '英小文字・数字・ハイフンで書く必要があります（例："first-round"）',
  notEmpty: '空にできません',
  langCode: '"en" のような言語コードである必要があります',
  language: '言語コードである必要があります',
  needsLanguage: '少なくとも1つの言語が必要です',
  text: '文字列、または言語コードから文字列へのマップ（例：{"en": "...", "ja": "..."}）である必要があります',
  edtfString: 'EDTFの日付を表す文字列である必要があります',
  day: 'YYYY-MM-DD 形式の日付である必要があります',
  url: 'URLである必要があります',
  fullUrl: '完全なURLである必要があります',
  https: 'https:// で始まるURLである必要があります',
  level: '"primary" または "secondary" である必要があります',
  colour: '"#1f77b4" のような色である必要があります',
  status: `次のいずれかである必要があります：${STATUSES.join('、')}`,
  edtf: 'EDTFの日付ではありません',
};

const REFERRED = { source: '出典', topic: 'トピック', person: '人物', event: 'イベント' };

const named = (name: Name) =>
  name === null ? 'このレコード' : typeof name === 'number' ? 'この項目' : `"${name}"`;
const shown = (value: string | undefined) => (value === undefined ? '' : `（「${value}」）`);

export const JAPANESE: ProblemWords = {
  edtfEmpty: () => '日付が空です。',
  edtfSlashes: ({ text }) =>
    `「${text}」には「/」が2つ以上あります。日は 2022-05-19、期間は 開始/終了 のように書いてください。`,
  edtfOpenAlone: () => '「..」（開いた端）は期間の片方の端にだけ使えます（例：2022/..）。',
  edtfNoKnownEnd: ({ text }) => `「${text}」には、少なくとも一方の端に日付が必要です。`,
  edtfEndsBeforeStarts: ({ start, end }) =>
    `期間の終わり（${end}）が始まり（${start}）より前です。`,
  edtfNotEdtf: ({ text, year, season }) => {
    const name = season === undefined ? undefined : SEASONS[season]?.names.ja;
    return name && year
      ? `「${text}」はEDTFの日付ではありません。${year}年の${name}は ${year}-${season} と書きます。`
      : `「${text}」はEDTFの日付ではありません。2022、2022-05、2022-05-19、2022-22（夏）、2022-05/2022-08 のように書きます。`;
  },
  edtfBadMonth: ({ side, code }) =>
    `「${side}」の月（${code}）は正しくありません。` +
    (code > 20 ? '季節は21〜24、四半期は33〜36、半期は40〜41です。' : ''),
  edtfBadDay: ({ side, day }) => `「${side}」の日（${day}）は正しくありません。`,
  edtfMonthDays: ({ side, year, month, length }) =>
    `「${side}」：${year}年${month}月は${length}日までです。`,
  tooLarge: ({ bytes, max }) =>
    `ファイルは${megabytes(bytes)}あります。イベントファイルは${megabytes(max)}までです。`,
  empty: () => 'ファイルが空です。JSONオブジェクトが必要です。',
  notJson: ({ end, line, column, found }) => {
    if (end) return 'ファイルは正しいJSONではありません。JSONが完結する前に終わっています。';
    if (line === undefined) return 'ファイルは正しいJSONではありません。';
    const what = found ? `「${found}」` : '改行';
    return `ファイルは正しいJSONではありません。${line}行${column}列目に、予期しない${what}があります。`;
  },
  notObject: ({ found }) =>
    `ファイルの中身が${KIND[found]}です。"title"、"sources"、"topics"、"events" を持つJSONオブジェクトが必要です。`,
  unknownField: ({ field }) => `"${field}" はイベントファイルの項目ではありません。`,
  missingField: ({ field }) => `ファイルに "${field}" がありません。`,
  notList: ({ field, found }) =>
    `"${field}" はリストである必要があります（${KIND[found]}になっています）。`,
  noReason: () => '形式に合っていません。',
  andMore: ({ count: n, like }) =>
    `${say(like, JAPANESE)}同じ種類の問題がほかに${count(n)}件あります（一覧には出していません）。`,
  unknownKey: ({ name }) =>
    `${named(name)} はここで使える項目ではありません。綴りを確認してください。`,
  required: ({ name }) => `${named(name)} は必須です。`,
  mustBe: ({ name, shown: value, expected }) =>
    `${named(name)}${shown(value)}は${expected ? `${KIND[expected]}である必要があります` : '正しい値ではありません'}。`,
  rule: ({ name, shown: value, rule }) => `${named(name)}${shown(value)}は${RULE[rule]}。`,
  duplicateId: ({ id, list, first }) => `ID "${id}" はすでに ${list}[${first}] で使われています。`,
  sourceDateInvalid: () => '公開日が正しいEDTFの日付ではありません。',
  dateInvalid: () => '日付が正しいEDTFの日付ではありません。',
  noSuch: ({ kind, id }) => `ID が "${id}" の${REFERRED[kind]}はありません。`,
  noSource: () => 'このイベントには出典がありません。どのイベントにも出典が1つ以上必要です。',
  noQuote: () => 'この参照には引用も注記もありません。',
  stopWindow: ({ from, to }) => `ストップの範囲の終わり（${to}）が始まり（${from}）より前です。`,
  unknownZone: ({ zone }) =>
    `「${zone}」は既知のIANAタイムゾーンではありません（例："Asia/Tokyo"）。`,
  zonesDisagree: () =>
    'これらの現地の日付は同じ時点を指せません。それぞれのタイムゾーンでこれらの日すべてに当たる時刻がありません。',
  listedTwice: ({ kind, id, first }) =>
    kind === 'source'
      ? `この参照は [${first}] の参照（同じ出典 "${id}"、同じ引用）と重複しています。1つだけ残します。`
      : `${REFERRED[kind]} "${id}" はすでに [${first}] にあります。1つだけ残します。`,
  quoteTopicAdded: ({ id }) =>
    `この引用はトピック "${id}" を裏付けますが、イベントにこのトピックがありません。イベントに加えて表示します。`,
  parentNested: ({ id, parent }) =>
    `トピック "${parent}" には親があるため、"${id}" の親にはなれません（入れ子は1段までです）。"${id}" は親なしで表示します。`,
  parentCycle: ({ id, parent }) =>
    id === parent
      ? `トピック "${id}" は自分自身を親にできません。親なしで表示します。`
      : `"${id}" の親をたどると "${parent}" を経て自分に戻ります。"${id}" は親なしで表示します。`,
  claimOutside: ({ date, within }) =>
    `この出典の日付（${date}）はイベントの日付（${within}）の外にあります。イベントの日付はすべての主張を含む必要があるため、この主張は除きます。`,
};
