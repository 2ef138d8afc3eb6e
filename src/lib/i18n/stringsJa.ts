/** The interface's own words in Japanese (strings.ts has the English and the shape). */
import { count, megabytes } from './count';
import type { LoadFailure } from '../data/problems';
import type { Strings } from './strings';

/** Why a file could not be fetched, as the end of a Japanese sentence. */
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

export const JAPANESE: Strings = {
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
  subtopics: '下位の分野',
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
  shareShort: '共有',
  present: 'プレゼンテーション',
  export: '書き出し',
  stopOf: (at, of, words) => `場面${at}／${of}${words ? `：${words}` : ''}`,
  outsideFilter: '選んだ分野の外',
  disagree: '典拠の日付に食い違いあり',
  disagreeLegend: '典拠により日付が食い違う',
  layout: '表示',
  layouts: { timeline: 'タイムライン', topics: '分野別' },
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
