/**
 * The words of the Export dialog and of what an export writes itself (a picture's source
 * line, a PDF page's headings), one table per language: apart from strings.ts because
 * they load with the export, not with the first view.
 */
import type { Lang } from './lang';

const en = {
  exportTitle: 'Export',
  what: 'What',
  thisView: 'This view',
  everyStop: (n: number) => `Every stop (${n})`,
  format: 'Format',
  formats: {
    svg: 'SVG picture',
    png: 'PNG picture',
    pdf: 'PDF, a page per stop',
    pptx: 'PowerPoint, a slide per stop',
  },
  size: 'Size',
  onScreen: (w: number) => `As on screen (${w} px wide)`,
  pixels: (w: number, h: number) => `${w} × ${h}`,
  download: 'Export',
  working: 'Exporting…',
  done: (name: string) => `Saved ${name}`,
  failed: (why: string) => `The export failed: ${why}`,
  close: 'Close',
  /** A picture's source line: 'Sources: USTR; MOFA'. */
  sources: (publishers: string) => `Sources: ${publishers}`,
  sourcesHeading: 'Sources',
  stopOf: (at: number, of: number) => `${at} / ${of}`,
  /** Between the parts of a picture's second line. */
  separator: ' · ',
  list: (items: readonly string[]) => items.join('; '),
};

export type ExportStrings = typeof en;

const ja: ExportStrings = {
  exportTitle: '書き出し',
  what: '対象',
  thisView: 'この表示',
  everyStop: (n) => `すべての場面（${n}）`,
  format: '形式',
  formats: {
    svg: 'SVG画像',
    png: 'PNG画像',
    pdf: 'PDF（場面ごとに1ページ）',
    pptx: 'PowerPoint（場面ごとに1スライド）',
  },
  size: 'サイズ',
  onScreen: (w) => `画面と同じ（幅${w}ピクセル）`,
  pixels: (w, h) => `${w} × ${h}`,
  download: '書き出す',
  working: '書き出しています…',
  done: (name) => `${name} を保存しました`,
  failed: (why) => `書き出せませんでした：${why}`,
  close: '閉じる',
  sources: (publishers) => `出典：${publishers}`,
  sourcesHeading: '出典',
  stopOf: (at, of) => `${at} / ${of}`,
  separator: '　',
  list: (items) => items.join('、'),
};

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = { en, ja };
