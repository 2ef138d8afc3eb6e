/**
 * A PowerPoint deck: a slide per stop with its heading and its picture (a PNG, which
 * every version of PowerPoint, Keynote and LibreOffice shows alike), and the stop's note
 * and the titles and URLs of its sources in the speaker notes. pptxgenjs writes the notes
 * as one run with newlines in it, marked English; they are written again here, a
 * paragraph per line, in the deck's language, so that they read and spell-check right.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { StopText } from './stops';

export interface Slide {
  text: StopText;
  png: ArrayBuffer;
  width: number;
  height: number;
  /** What the picture shows, for a screen reader in the deck. */
  alt: string;
}

const LANG = { en: 'en-US', ja: 'ja-JP' } as const;
/** The 16:9 slide, inches. */
const SLIDE = { w: 10, h: 5.625 };

function dataUrl(png: ArrayBuffer): string {
  const view = new Uint8Array(png);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

/** The speaker notes of a stop, a line each. */
export function notesOf(text: StopText, sourcesHeading: string): string[] {
  const lines = [text.heading];
  if (text.note) lines.push(...text.note.split('\n'));
  if (text.sources.length) {
    lines.push('', sourcesHeading);
    for (const source of text.sources)
      lines.push(`${source.title} (${source.publisher})`, source.url);
  }
  return lines;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function makePptx(
  slides: Slide[],
  { title, lang, sourcesHeading }: { title: string; lang: 'en' | 'ja'; sourcesHeading: string },
): Promise<ArrayBuffer> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_16x9';
  deck.title = title;
  const notes: string[][] = [];
  for (const slide of slides) {
    const page = deck.addSlide();
    page.addText(slide.text.heading, {
      x: 0.35,
      y: 0.15,
      w: SLIDE.w - 0.7,
      h: 0.6,
      fontFace: 'Noto Sans JP',
      fontSize: 20,
      bold: true,
      color: '16181D',
      lang: LANG[lang],
      fit: 'shrink',
    });
    const h = SLIDE.h - 0.95;
    const w = Math.min(SLIDE.w - 0.4, (h * slide.width) / slide.height);
    page.addImage({
      data: dataUrl(slide.png),
      x: (SLIDE.w - w) / 2,
      y: 0.8,
      w,
      h: (w * slide.height) / slide.width,
      altText: slide.alt,
    });
    const lines = notesOf(slide.text, sourcesHeading);
    // A stand-in, written over below.
    page.addNotes(lines.join('\n'));
    notes.push(lines);
  }
  const written = (await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return paragraphNotes(written, notes, LANG[lang]);
}

async function paragraphNotes(
  bytes: ArrayBuffer,
  notes: string[][],
  lang: string,
): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, lines] of notes.entries()) {
    const name = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    const file = zip.file(name);
    if (!file) continue;
    const xml = await file.async('string');
    const body = lines
      .map((line) =>
        line
          ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escape(line)}</a:t></a:r></a:p>`
          : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`,
      )
      .join('');
    // The notes placeholder (type body, idx 1): its text body, whole.
    const rewritten = xml.replace(
      /(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/><p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
      `$1${body}$2`,
    );
    zip.file(name, rewritten);
  }
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}
