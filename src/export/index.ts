/**
 * Exports a timeline: the view on screen or its stops, as standalone SVG pictures, PNGs
 * drawn from them, a PDF with a page per stop or a PowerPoint deck with a slide per
 * stop. The one way in, for the Export dialog, a host's `export` command and `npm run
 * export` alike. Loaded only when an export is asked for; the PDF's and the deck's
 * libraries only when one of them is.
 */
import JSZip from 'jszip';
import type { TimelineApp } from '../state/app.svelte';
import { EXPORT_STRINGS } from '../lib/i18n/exportStrings';
import {
  MIME,
  baseName,
  fileName,
  readExportOptions,
  stopNumbers,
  type ExportOptions,
} from '../lib/export/options';
import { Sheet, stageScale, type Layout } from './sheet';
import { serialize } from './compose';
import { FontFiles, type Weight } from './fonts';
import { textByWeight } from './standalone';
import { toPng } from './raster';
import { stopText, type StopText } from './stops';

export interface ExportedFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

/** A slide's or a page's picture when none is asked for: a 1080p stage. */
const SLIDE = { width: 1920, height: 1080 };

function layoutOf(app: TimelineApp, options: ExportOptions): Layout {
  const { format, size } = options;
  const fixed = size === 'screen' ? (format === 'pdf' || format === 'pptx' ? SLIDE : null) : size;
  // The screen's width to the fraction of a pixel, so that every mark falls where it is.
  if (!fixed) return { width: app.view.width, height: null, scale: 1 };
  return { ...fixed, scale: stageScale(fixed.width, fixed.height, app.config.scale) };
}

/** The dataset's title for a file name: its English one, where it has one. */
function titleForName(app: TimelineApp): string {
  const title = app.data.current?.title;
  return typeof title === 'string' ? title : (title?.en ?? Object.values(title ?? {})[0] ?? '');
}

export async function exportTimeline(app: TimelineApp, asked: unknown): Promise<ExportedFile> {
  const options = readExportOptions(asked);
  const { format } = options;
  const count = app.data.scenes.length;
  const numbers = stopNumbers(options.stops, count);
  const targets: (number | null)[] = numbers.length ? numbers : [null];
  const base = baseName(titleForName(app));
  const lang = app.words.lang;
  const strings = EXPORT_STRINGS[lang];
  const title = app.words.t(app.data.current?.title);
  const files = new FontFiles();
  const pictures: { stop: number | null; svg: SVGSVGElement; width: number; height: number }[] = [];
  const texts: StopText[] = [];

  const sheet = await Sheet.open(app, layoutOf(app, options));
  try {
    for (const stop of targets) {
      await sheet.show(stop);
      pictures.push({ stop, ...sheet.compose() });
      texts.push(stopText(sheet.app, stop));
    }
  } finally {
    sheet.close();
  }

  const asFile = async (svg: SVGSVGElement) =>
    serialize(svg, await files.css(textByWeight(svg) as Map<Weight, string>));

  if (format === 'pdf') {
    const { makePdf } = await import('./pdf');
    const pages = pictures.map((p, i) => ({ svg: p.svg, text: texts[i]! }));
    const bytes = await makePdf(pages, files, {
      title,
      lang,
      sourcesHeading: strings.sourcesHeading,
      stops: count,
    });
    return { name: fileName(base, 'pdf', null), type: MIME.pdf, bytes };
  }

  const encoded: { stop: number | null; bytes: ArrayBuffer; width: number; height: number }[] = [];
  for (const picture of pictures) {
    const svg = await asFile(picture.svg);
    const bytes =
      format === 'svg'
        ? (new TextEncoder().encode(svg).buffer as ArrayBuffer)
        : await toPng(svg, Math.round(picture.width), Math.round(picture.height));
    encoded.push({ stop: picture.stop, bytes, width: picture.width, height: picture.height });
  }

  if (format === 'pptx') {
    const { makePptx } = await import('./pptx');
    const slides = encoded.map((e, i) => ({
      text: texts[i]!,
      png: e.bytes,
      width: e.width,
      height: e.height,
      alt: pictures[i]!.svg.querySelector('desc')?.textContent ?? title,
    }));
    const bytes = await makePptx(slides, { title, lang, sourcesHeading: strings.sourcesHeading });
    return { name: fileName(base, 'pptx', null), type: MIME.pptx, bytes };
  }

  if (encoded.length === 1) {
    const [only] = encoded;
    return {
      name: fileName(base, format, only!.stop, count),
      type: MIME[format],
      bytes: only!.bytes,
    };
  }
  // Several pictures: one file to hand over, as a download or a message can carry only one.
  const zip = new JSZip();
  for (const e of encoded) zip.file(fileName(base, format, e.stop, count), e.bytes);
  const bytes = await zip.generateAsync({ type: 'arraybuffer', compression: 'STORE' });
  return { name: `${base}-stops-${format}.zip`, type: 'application/zip', bytes };
}
