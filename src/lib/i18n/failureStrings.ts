/**
 * What an error page says about a file that gave no timeline, in each language: only
 * that page needs these words, so they come with it (ProblemsView), not in the first load.
 */
import type { LoadFailure } from '../data/problems';
import type { Lang } from './lang';
import { megabytes } from './count';

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

export interface FailureWords {
  loadFailed: (file: string, why: LoadFailure) => string;
  unreadable: (file: string) => string;
  noEventsIn: (file: string) => string;
}

export const FAILURE_WORDS: Record<Lang, FailureWords> = {
  en: {
    loadFailed: (file: string, why: LoadFailure) => `Could not load ${file}: ${failedEn(why)}.`,
    unreadable: (file: string) => `${file} could not be read as an events file.`,
    noEventsIn: (file: string) => `${file} holds no event that can be shown.`,
  },
  ja: {
    loadFailed: (file: string, why: LoadFailure) =>
      `${file} を読み込めませんでした：${failedJa(why)}。`,
    unreadable: (file: string) => `${file} をイベントファイルとして読み取れませんでした。`,
    noEventsIn: (file: string) => `${file} には表示できる出来事がありません。`,
  },
};
