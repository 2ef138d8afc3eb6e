/**
 * Interface strings, one table per language. Data text comes from the events file; these
 * are only the app's own words. A missing key is a type error, not a blank label.
 */
import type { Lang } from './lang';
import type { LoadFailure } from '../data/problems';

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with its thousands grouped, '12,345', as English and Japanese both write it. */
export function count(n: number): string {
  return grouping.format(Math.trunc(n));
}

/** '1 event', '1 more event', '1,000 events': the noun agrees with the count. */
const events = (n: number, more = false) =>
  `${n === 1 ? '1' : count(n)}${more ? ' more' : ''} ${n === 1 ? 'event' : 'events'}`;

const megabytes = (bytes: number) => `${count(bytes / 1024 / 1024)} MB`;

/** Why a file could not be fetched, as the end of an English sentence. */
function failedEn(why: LoadFailure): string {
  switch (why.kind) {
    case 'status':
      return `the server answered ${why.status} ${why.statusText}`.trim();
    case 'page':
      return 'the server sent a web page, not an events file; check the address';
    case 'scheme':
      return `a timeline reads files over http or https, not ${why.protocol} addresses`;
    case 'cors':
      return (
        `the server at ${why.origin} answered, but does not let other sites read the file ` +
        '(CORS). Its owner can allow it by sending the header "Access-Control-Allow-Origin: *" ' +
        'with the file; or the file can be put on the same site as the timeline'
      );
    case 'timeout':
      return `the server sent nothing for ${why.seconds} seconds; it may be down, or the address may be wrong`;
    case 'tooLarge':
      return why.bytes === undefined
        ? `the file is larger than the ${megabytes(why.max)} a timeline reads, so it was not read to its end`
        : `the server says the file is ${megabytes(why.bytes)}, more than the ${megabytes(why.max)} a timeline reads`;
    case 'network':
      return `no answer came over the network (${why.detail})`;
  }
}

/** The same, in Japanese. */
function failedJa(why: LoadFailure): string {
  switch (why.kind) {
    case 'status':
      return `サーバーが ${`${why.status} ${why.statusText}`.trim()} を返しました`;
    case 'page':
      return 'イベントファイルではなくウェブページが返されました。アドレスを確認してください';
    case 'scheme':
      return `ファイルは http か https で読み込みます（${why.protocol} のアドレスは読めません）`;
    case 'cors':
      return (
        `${why.origin} のサーバーは応答しましたが、他のサイトがファイルを読むことを許可していません（CORS）。` +
        'ファイルの管理者がファイルに "Access-Control-Allow-Origin: *" ヘッダーを付けて送れば読めるようになります。' +
        'または、ファイルをタイムラインと同じサイトに置いてください'
      );
    case 'timeout':
      return `サーバーから${why.seconds}秒間何も届きませんでした。サーバーが止まっているか、アドレスが間違っている可能性があります`;
    case 'tooLarge':
      return why.bytes === undefined
        ? `ファイルがタイムラインの読み込める${megabytes(why.max)}を超えるため、最後まで読み込みませんでした`
        : `サーバーによるとファイルは${megabytes(why.bytes)}あり、タイムラインの読み込める${megabytes(why.max)}を超えています`;
    case 'network':
      return `ネットワークから応答がありませんでした（${why.detail}）`;
  }
}

const en = {
  loading: 'Loading the timeline…',
  timeline: 'Timeline',
  timelineHelp:
    'Arrow keys move between events, Shift with left or right pans, Enter selects, Escape clears, plus and minus zoom, 0 fits all.',
  zoom: 'Zoom',
  search: 'Search events',
  searchPlaceholder: 'Search: a word, a person, a topic…',
  searchResults: 'Events found',
  found: (n: number) => `${events(n)} found`,
  notFound: (query: string) => `No event has “${query}”`,
  /** Where a search result's word was found. */
  foundIn: {
    title: 'title',
    topic: 'topic',
    person: 'person',
    place: 'place',
    summary: 'summary',
    quote: 'quoted source',
  },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  fitShort: 'All',
  legend: 'Legend',
  topics: 'Topics',
  details: 'Details',
  fullDetails: 'Full details',
  closeCard: 'Close the card',
  noSelection: 'Select an event on the timeline, in a topic or in the list to read what happened.',
  clear: 'Clear selection and filters',
  /** The same button's words where the toolbar is narrow; its name stays `clear`. */
  clearShort: 'Clear',
  clearTopics: 'Clear topic filter',
  date: 'Date',
  /** A date's certainty in its aside: of the whole date, or of one end of an interval. */
  certainty: {
    approximate: 'approximate',
    uncertain: 'uncertain',
    startApproximate: 'start approximate',
    endApproximate: 'end approximate',
    startUncertain: 'start uncertain',
    endUncertain: 'end uncertain',
  },
  status: 'Status',
  people: 'People',
  place: 'Place',
  sources: 'Sources',
  primary: 'Primary source',
  secondary: 'Secondary source',
  noQuote: 'No quotation held for this reference.',
  expected: 'Expected beforehand',
  happened: 'What happened',
  noEvents: 'No events yet.',
  listView: 'List of events',
  byTime: 'By time',
  byTopic: 'By topic',
  noTopic: 'No topic',
  /** The words around the dataset's date: 'As of July 30, 2024', '2024年7月30日時点'. */
  asOf: { before: 'As of ', after: '' },
  problems: 'Problems in the events file',
  skipped: 'Records not shown',
  /** After the first records not shown, those not listed one by one. */
  moreSkipped: (n: number) => `And ${n === 1 ? 'one' : count(n)} more, not listed.`,
  /** How bad a problem in the file is: it breaks the format, or it is worth a look. */
  severity: { error: 'Error', warning: 'Warning' },
  errorTitle: 'The timeline could not be shown',
  moreEvents: (n: number) => `${events(n, true)} here; zoom in to see them`,
  aggregate: (n: number) => `${count(n)} events`,
  inView: (n: number) =>
    `${count(n)} events in view, too many to draw one by one: zoom in, or choose a bar`,
  selected: (title: string) => `Selected: ${title}`,
  cleared: 'Selection and filters cleared',
  /** A new window, said after a zoom by button or key: 'Showing March 1 – June 30, 2022'. */
  showing: (range: string) => `Showing ${range}`,
  /** A presenter stop announced: 'Stop 3 of 9: The second round…'. */
  share: 'Share or embed',
  present: 'Present',
  export: 'Export',
  stopOf: (at: number, of: number, words: string) =>
    `Stop ${at} of ${of}${words ? `: ${words}` : ''}`,
  outsideFilter: 'outside the chosen topics',
  filtered: (labels: string, n: number) => `Showing ${labels}: ${events(n)}`,
  eventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  showMore: (n: number, left: number) => `Show ${n} more (${left} not shown)`,
  statuses: {
    held: 'Held',
    scheduled: 'Scheduled',
    expected: 'Expected',
    announced: 'Announced',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  },
  shapes: {
    point: 'A single day',
    'soft-point': 'An approximate or uncertain day',
    bar: 'Exact interval',
    'soft-start': 'Interval with an approximate or uncertain start',
    'soft-end': 'Interval with an approximate or uncertain end',
    soft: 'Known only to the month, season or year',
    'open-end': 'Ongoing: no end date',
    'open-start': 'Began earlier: no start date',
  },
  topicColours: 'Colours above a mark: its topics',
  period: 'Period',
  periods: 'Periods',
  language: 'Language',
  /** Labels in a row: 'Labor, Digital trade'. */
  list: (items: readonly string[]) => items.join(', '),
  /** A note after what it qualifies: ' (8)', with the space English puts before it. */
  aside: (note: string) => ` (${note})`,
  /** A person's role after their name. */
  role: (role: string) => `, ${role}`,
  loadFailed: (file: string, why: LoadFailure) => `Could not load ${file}: ${failedEn(why)}.`,
  unreadable: (file: string) => `${file} could not be read as an events file.`,
  noEventsIn: (file: string) => `${file} holds no event that can be shown.`,
};

export type Strings = typeof en;

const ja: Strings = {
  loading: 'タイムラインを読み込んでいます…',
  timeline: 'タイムライン',
  timelineHelp:
    '矢印キーで出来事を移動、Shiftと左右の矢印キーで表示範囲を移動、Enterで選択、Escapeで解除、プラスとマイナスで拡大・縮小、0で全体表示。',
  zoom: 'ズーム',
  search: '出来事を検索',
  searchPlaceholder: '検索：語句、人物、分野…',
  searchResults: '見つかった出来事',
  found: (n) => `${count(n)}件見つかりました`,
  notFound: (query) => `「${query}」を含む出来事はありません`,
  foundIn: {
    title: '表題',
    topic: '分野',
    person: '人物',
    place: '場所',
    summary: '概要',
    quote: '引用された出典',
  },
  zoomIn: '拡大',
  zoomOut: '縮小',
  fit: '全体を表示',
  fitShort: '全体',
  legend: '凡例',
  topics: '分野',
  details: '詳細',
  fullDetails: '詳細をすべて見る',
  closeCard: 'カードを閉じる',
  noSelection: 'タイムライン、分野、一覧から出来事を選ぶと、その内容と出典が表示されます。',
  clear: '選択と絞り込みを解除',
  clearShort: '解除',
  clearTopics: '分野の絞り込みを解除',
  date: '日付',
  certainty: {
    approximate: 'おおよそ',
    uncertain: '不確定',
    startApproximate: '開始はおおよそ',
    endApproximate: '終了はおおよそ',
    startUncertain: '開始は不確定',
    endUncertain: '終了は不確定',
  },
  status: '状況',
  people: '人物',
  place: '場所',
  sources: '出典',
  primary: '一次資料',
  secondary: '二次資料',
  noQuote: 'この出典の引用文は保持していません。',
  expected: '事前の見込み',
  happened: '実際の経過',
  noEvents: '出来事はまだありません。',
  listView: '出来事の一覧',
  byTime: '時系列',
  byTopic: '分野別',
  noTopic: '分野なし',
  asOf: { before: '', after: '時点' },
  problems: 'イベントファイルの問題',
  skipped: '表示されない記録',
  moreSkipped: (n) => `ほかに${count(n)}件あります（一覧には出していません）。`,
  severity: { error: 'エラー', warning: '警告' },
  errorTitle: 'タイムラインを表示できません',
  moreEvents: (n: number) => `ここにさらに${n}件あります。拡大すると表示されます`,
  aggregate: (n: number) => `${count(n)}件`,
  inView: (n: number) =>
    `表示範囲に${count(n)}件。個別に表示するには拡大するか、棒を選んでください`,
  selected: (title: string) => `選択：${title}`,
  cleared: '選択と絞り込みを解除しました',
  showing: (range) => `${range}を表示`,
  share: '共有・埋め込み',
  present: 'プレゼンテーション',
  export: '書き出し',
  stopOf: (at, of, words) => `場面${at}／${of}${words ? `：${words}` : ''}`,
  outsideFilter: '選んだ分野の外',
  filtered: (labels: string, n: number) => `${labels}を表示：${n}件`,
  eventCount: (n: number) => `${n}件`,
  showMore: (n: number, left: number) => `さらに${n}件を表示（残り${left}件）`,
  statuses: {
    held: '開催済み',
    scheduled: '予定',
    expected: '見込み',
    announced: '発表済み',
    postponed: '延期',
    cancelled: '中止',
  },
  shapes: {
    point: '特定の一日',
    'soft-point': 'おおよその日・不確かな日',
    bar: '確定した期間',
    'soft-start': '開始がおおよそ・不確かな期間',
    'soft-end': '終了がおおよそ・不確かな期間',
    soft: '月・季節・年までしか分からない日付',
    'open-end': '継続中（終了日なし）',
    'open-start': 'それ以前から（開始日なし）',
  },
  topicColours: '印の上の色：その分野',
  period: '期間',
  periods: '期間',
  language: '言語',
  list: (items) => items.join('、'),
  // Full-width parentheses carry their own spacing.
  aside: (note) => `（${note}）`,
  role: (role) => `（${role}）`,
  loadFailed: (file, why) => `${file} を読み込めませんでした：${failedJa(why)}。`,
  unreadable: (file) => `${file} をイベントファイルとして読み取れませんでした。`,
  noEventsIn: (file) => `${file} には表示できる出来事がありません。`,
};

export const STRINGS: Record<Lang, Strings> = { en, ja };
