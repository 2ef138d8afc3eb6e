/**
 * The words of the presenter's stage and of the share dialog, one table per language:
 * apart from strings.ts because they load with those views, not with the first one.
 */
import type { Lang } from './lang';

const en = {
  shareTitle: 'Share or embed this view',
  shareLink: 'A link to this view',
  embedSnippet: 'Embed in a page or a slide',
  theme: 'Theme',
  themes: { auto: 'As the system', light: 'Light', dark: 'Dark' },
  frameHeight: 'Height (px)',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  presentation: 'Presentation',
  /** What a screen reader calls the stage in presenter mode. */
  presentationRole: 'slides',
  exitPresentation: 'Exit presentation',
  openFull: 'Open the full timeline',
  blanked: 'The screen is blank: press B to show it again',
  fullscreen: 'Full screen',
};

export type StageStrings = typeof en;

const ja: StageStrings = {
  shareTitle: 'この表示を共有・埋め込む',
  shareLink: 'この表示へのリンク',
  embedSnippet: 'ウェブページやスライドに埋め込む',
  theme: 'テーマ',
  themes: { auto: 'システムに合わせる', light: 'ライト', dark: 'ダーク' },
  frameHeight: '高さ（ピクセル）',
  copy: 'コピー',
  copied: 'コピーしました',
  close: '閉じる',
  presentation: 'プレゼンテーション',
  presentationRole: 'スライド',
  exitPresentation: 'プレゼンテーションを終了',
  openFull: 'タイムライン全体を開く',
  blanked: '画面を消しています。Bキーで元に戻ります',
  fullscreen: '全画面表示',
};

export const STAGE_STRINGS: Record<Lang, StageStrings> = { en, ja };
