/**
 * Export, as a person asks for it (the Export button and its dialog) and as a host page
 * does (the embed API's export command), with the files checked themselves: the SVG
 * parses and stands alone, the PNG has its size and is not blank, the PDF has a page per
 * stop with its note as text, the deck a slide per stop with its sources in the notes.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { dataset, expect, open, test, timeline } from './helpers';

const STOPS = (dataset.stops as unknown[]).length + 1;
const port = Number(process.env.TEST_PORT ?? 4174);
const app = `http://127.0.0.1:${port}`;
const deck = `http://127.0.0.1:${port + 1}`;

type Texted = string | Record<string, string> | undefined;
const en = (text: Texted) => (typeof text === 'string' ? text : (text?.en ?? ''));
const stops = dataset.stops as { event?: string; note?: Texted }[];
const events = dataset.events as unknown as { id: string; sources: { source: string }[] }[];
const sources = dataset.sources as { id: string; url: string }[];
/** Without any white space: a PDF's lines break where the page did. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Export through the dialog; returns the downloaded file's name and bytes. */
async function exportFromDialog(
  page: Page,
  { format, scope = 'This view', size }: { format: RegExp; scope?: string | RegExp; size?: RegExp },
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('radio', { name: scope }).check();
  if (size) await dialog.getByRole('radio', { name: size }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await expect(dialog.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** What a PNG's header says its size is. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** How many of a PNG's pixels differ from its corner's, decoded by the browser. */
function inkedPixels(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) > 40) inked++;
    return inked;
  }, bytes.toString('base64'));
}

test.describe('Export', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the view as an SVG stands alone: every mark and label on screen, as text, nothing outside it', async ({
    page,
  }) => {
    await open(page, '/?lang=en&theme=light');
    const onScreen = await timeline(page).evaluate((svg) => ({
      marks: [...svg.querySelectorAll('[data-event-id]')].map((m) =>
        m.getAttribute('data-event-id'),
      ),
      labels: [...svg.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter(Boolean),
    }));
    const { name, bytes } = await exportFromDialog(page, { format: /SVG/ });
    expect(name).toMatch(/\.svg$/);
    // Read on a page of its own: the app's policy lets no string be parsed as markup.
    const reader = await page.context().newPage();
    const file = await reader.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        marks: [...doc.querySelectorAll('[data-event-id]')].map((m) =>
          m.getAttribute('data-event-id'),
        ),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim()),
        title: doc.querySelector('title')?.textContent,
        // Every reference there is, and any element that could reach outside.
        hrefs: all.flatMap((el) =>
          [...el.attributes].filter((a) => /href$/.test(a.name)).map((a) => a.value),
        ),
        urls: [text.match(/url\((?!#|data:)[^)]*\)/g) ?? []].flat(),
        outside: all
          .filter((el) => ['image', 'script', 'foreignObject', 'use', 'a'].includes(el.localName))
          .map((el) => el.localName),
        fonts: (text.match(/@font-face/g) ?? []).length,
      };
    }, bytes.toString('utf8'));
    await reader.close();
    expect(file.error).toBeNull();
    expect(file.marks.sort()).toEqual(onScreen.marks.sort());
    for (const label of onScreen.labels) expect(file.texts).toContain(label);
    expect(file.title).toBe(en(dataset.title as Texted));
    expect(file.texts).toContain(en(dataset.title as Texted));
    expect(file.texts.join(' ')).toContain('As of December 19, 2024');
    expect(file.texts.join(' ')).toContain('Sources: ');
    expect(file.texts).toContain('A single day');
    expect(file.hrefs.every((href) => href.startsWith('#'))).toBe(true);
    expect(file.urls).toEqual([]);
    expect(file.outside).toEqual([]);
    expect(file.fonts).toBeGreaterThan(0);
  });

  test('the exported view, drawn at the size on screen, has its marks where the screen has them', async ({
    page,
  }) => {
    await open(page, '/?lang=en&theme=light');
    const screen = await timeline(page).evaluate((svg) => {
      const at = svg.getBoundingClientRect();
      return Object.fromEntries(
        [...svg.querySelectorAll('[data-event-id] rect')].map((r, i) => {
          const box = r.getBoundingClientRect();
          const id = r.closest('[data-event-id]')!.getAttribute('data-event-id');
          return [`${id}#${i}`, [box.x - at.x, box.y - at.y, box.width, box.height]];
        }),
      );
    });
    const { bytes } = await exportFromDialog(page, { format: /SVG/ });
    // The file, drawn by the browser on a page of its own (the app's policy would refuse
    // its markup as a string, and its style attributes).
    await page.goto('about:blank');
    await page.setContent(
      `<!doctype html><body style="margin:0">${bytes.toString('utf8').replace(/^<\?xml[^>]*>/, '')}</body>`,
    );
    const drawn = await page.evaluate(() => {
      const plot = [...document.querySelectorAll('svg svg')].find((s) =>
        s.querySelector('[data-event-id]'),
      )!;
      const at = plot.getBoundingClientRect();
      return Object.fromEntries(
        [...plot.querySelectorAll('[data-event-id] rect')].map((r, i) => {
          const box = r.getBoundingClientRect();
          const id = r.closest('[data-event-id]')!.getAttribute('data-event-id');
          return [`${id}#${i}`, [box.x - at.x, box.y - at.y, box.width, box.height]];
        }),
      );
    });
    expect(Object.keys(drawn).sort()).toEqual(Object.keys(screen).sort());
    // The same place to half a pixel: the file is the screen's drawing, not a copy of it.
    for (const [key, box] of Object.entries(screen)) {
      drawn[key]!.forEach((v, i) => expect(Math.abs(v - box[i]!), key).toBeLessThanOrEqual(0.5));
    }
  });

  test('the exported view, drawn at the size on screen, matches the screen pixel for pixel but its text', async ({
    page,
  }) => {
    // Text is hidden in both: the file embeds its own font (Noto Sans JP), the screen
    // draws in the system's. Every other pixel is compared.
    const hideText = (svg: Element) =>
      svg.querySelectorAll<SVGElement>('text').forEach((t) => (t.style.visibility = 'hidden'));
    await open(page, '/?lang=en&theme=light');
    const { bytes } = await exportFromDialog(page, { format: /SVG/ });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.mouse.move(0, 0);
    await timeline(page).evaluate(hideText);
    const box = (await timeline(page).boundingBox())!;
    const size = { width: Math.floor(box.width), height: Math.floor(box.height) };
    const onScreen = await page.screenshot({ clip: { x: box.x, y: box.y, ...size } });

    await page.goto('about:blank');
    await page.setContent(
      `<!doctype html><body style="margin:0">${bytes.toString('utf8').replace(/^<\?xml[^>]*>/, '')}</body>`,
    );
    // The plot is the file's innermost drawing that holds the marks.
    const at = await page.evaluate(() => {
      const plot = [...document.querySelectorAll('svg svg')]
        .filter((s) => s.querySelector('[data-event-id]'))
        .at(-1)!;
      plot.querySelectorAll<SVGElement>('text').forEach((t) => (t.style.visibility = 'hidden'));
      const { x, y } = plot.getBoundingClientRect();
      return { x, y };
    });
    const inFile = await page.screenshot({ clip: { ...at, ...size } });

    /** Of the pixels both pictures cover, the share that differs visibly, `shift` px apart. */
    const apart = (shift: number) =>
      page.evaluate(
        async ({ a, b, shift }) => {
          const decode = async (base64: string) => {
            const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
            const bitmap = await createImageBitmap(blob);
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d')!;
            context.drawImage(bitmap, 0, 0);
            return context.getImageData(0, 0, bitmap.width, bitmap.height);
          };
          const [one, two] = await Promise.all([decode(a), decode(b)]);
          const width = Math.min(one.width, two.width) - shift;
          const height = Math.min(one.height, two.height);
          let differ = 0;
          for (let y = 0; y < height; y++) {
            for (let x = 0; x < width; x++) {
              const i = (y * one.width + x) * 4;
              const j = (y * two.width + x + shift) * 4;
              let d = 0;
              for (let c = 0; c < 3; c++) d += Math.abs(one.data[i + c]! - two.data[j + c]!);
              if (d > 96) differ++;
            }
          }
          return differ / (width * height);
        },
        { a: onScreen.toString('base64'), b: inFile.toString('base64'), shift },
      );
    // At most 0.5% of the pixels visibly apart (a sum of channel differences over 96).
    const same = await apart(0);
    expect(same).toBeLessThanOrEqual(0.005);
    // The comparison can tell: the same pictures 3 px apart differ by far more.
    expect(await apart(3)).toBeGreaterThan(4 * Math.max(same, 0.002));
  });

  test('PNGs at the size on screen, 1920 x 1080 and 3840 x 2160 have that size and are drawn', async ({
    page,
  }) => {
    await open(page, '/?lang=ja&theme=dark');
    const width = await timeline(page).evaluate((svg) =>
      Math.round(svg.getBoundingClientRect().width),
    );
    for (const [size, expected] of [
      [/画面と同じ/, null],
      [/^1920 × 1080$/, [1920, 1080]],
      [/^3840 × 2160$/, [3840, 2160]],
    ] as const) {
      await page.getByRole('button', { name: '書き出し', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '書き出し' });
      await dialog.getByRole('radio', { name: 'PNG画像' }).check();
      await dialog.getByRole('radio', { name: 'この表示' }).check();
      await dialog.getByRole('radio', { name: size }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        dialog.getByRole('button', { name: '書き出す' }).click(),
      ]);
      const bytes = await readFile((await download.path())!);
      const [w, h] = pngSize(bytes);
      if (expected) expect([w, h]).toEqual(expected);
      else expect(w).toBe(width);
      // Marks, labels and axis: well over a hundredth of the picture is drawn.
      expect(await inkedPixels(page, bytes)).toBeGreaterThan((w * h) / 100);
      await dialog.getByRole('button', { name: '閉じる' }).click();
    }
  });

  test('every stop as a PDF: a page per stop, each with its note as text', async ({ page }) => {
    await open(page, '/?lang=en');
    const { name, bytes } = await exportFromDialog(page, { format: /PDF/, scope: /Every stop/ });
    expect(name).toMatch(/\.pdf$/);
    const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
    expect(pdf.numPages).toBe(STOPS);
    for (let n = 2; n <= STOPS; n++) {
      const page = await pdf.getPage(n);
      const text = (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join('');
      const stop = stops[n - 2]!;
      expect(squeeze(text), `page ${n}`).toContain(squeeze(en(stop.note)));
      const event = events.find((e) => e.id === stop.event);
      for (const ref of event?.sources ?? []) {
        expect(squeeze(text)).toContain(squeeze(sources.find((s) => s.id === ref.source)!.url));
      }
    }
  });

  test('the PDF of this view puts each label at the date the screen has it at', async ({
    page,
  }) => {
    await open(page, '/?lang=en&theme=light');
    // Each drawn label's left end and baseline on screen, as a share of the plot's size.
    const screen = await timeline(page).evaluate((svg) => {
      const at = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('[data-event-id] text')].map((text) => {
        const box = text.getBoundingClientRect();
        // Where it is anchored: its start, or its end near the right edge (the PDF's
        // font is not the screen's, so only that point is the same in both).
        const end = text.getAttribute('text-anchor') === 'end';
        const x = end ? box.right : box.x;
        // A label that ends near the right edge may be moved in by the PDF's wider font.
        const edge = box.right > at.right - 0.1 * at.width;
        return {
          text: text.textContent!.trim(),
          end,
          edge,
          x: (x - at.x) / at.width,
        };
      });
    });
    expect(screen.length).toBeGreaterThan(5);
    const { bytes } = await exportFromDialog(page, { format: /PDF/ });
    const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
    // pdf.js gives a line's words apart: joined again, each line with where it starts (a
    // label's halo and its text are two lines at one place).
    const lines: { text: string; x: number; y: number; last: number; end: number }[] = [];
    for (const item of (await (await pdf.getPage(1)).getTextContent()).items) {
      if (!('str' in item) || !item.str) continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      const line = lines.at(-1);
      if (line && Math.abs(line.y - y) < 0.5 && x > line.last) {
        line.text += item.str;
        line.last = x;
        line.end = x + item.width;
      } else lines.push({ text: item.str, x, y, last: x, end: x + item.width });
    }
    const items = lines.map((line) => ({ ...line, text: line.text.trim() }));
    const found = screen.map((label) => {
      const item = items.find((i) => i.text === label.text);
      expect(item, label.text).toBeDefined();
      return { ...label, pdfX: label.end ? item!.end : item!.x };
    });
    // The PDF's scale and origin, from the leftmost and rightmost labels; every other
    // label must then be where the screen has it, to a hundredth of the plot's width.
    const inside = found.filter((l) => !l.edge);
    expect(inside.length).toBeGreaterThan(5);
    const left = inside.reduce((a, b) => (b.x < a.x ? b : a));
    const right = inside.reduce((a, b) => (b.x > a.x ? b : a));
    const scale = (right.pdfX - left.pdfX) / (right.x - left.x);
    for (const label of inside) {
      const expected = left.pdfX + (label.x - left.x) * scale;
      expect(Math.abs(label.pdfX - expected) / scale, label.text).toBeLessThan(0.01);
    }
  });

  test('every stop as PowerPoint: a valid zip with a slide per stop, sources in the notes', async ({
    page,
  }) => {
    await open(page, '/?lang=en');
    const { name, bytes } = await exportFromDialog(page, {
      format: /PowerPoint/,
      scope: /Every stop/,
    });
    expect(name).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(STOPS);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.*\.png$/.test(f))).toHaveLength(
      STOPS,
    );
    for (let n = 2; n <= STOPS; n++) {
      const notes = await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)!.async('string');
      const stop = stops[n - 2]!;
      const event = events.find((e) => e.id === stop.event);
      for (const ref of event?.sources ?? []) {
        const url = sources.find((s) => s.id === ref.source)!.url;
        expect(notes).toContain(url.replace(/&/g, '&amp;'));
      }
      // A paragraph a line, in the deck's language.
      expect(notes).toContain('<a:rPr lang="en-US" dirty="0"/>');
    }
  });

  test('a host page exports through the embed API and gets the file back', async ({ page }) => {
    await page.goto(`${deck}/host.html?app=${encodeURIComponent(app)}&lang=en`);
    await page.waitForFunction(() =>
      (window as unknown as { heard: { type: string }[] }).heard.some((h) => h.type === 'ready'),
    );
    const file = await page.evaluate(async () => {
      const timeline = (
        window as unknown as {
          timeline: {
            export(o: unknown): Promise<{ name: string; type: string; bytes: ArrayBuffer }>;
          };
        }
      ).timeline;
      const png = await timeline.export({ format: 'png', size: '1920x1080' });
      const bitmap = await createImageBitmap(new Blob([png.bytes], { type: png.type }));
      const svg = await timeline.export({ format: 'svg', stops: [3] });
      return {
        png: { name: png.name, type: png.type, size: [bitmap.width, bitmap.height] },
        svg: {
          name: svg.name,
          type: svg.type,
          start: new TextDecoder().decode(svg.bytes).slice(0, 5),
        },
      };
    });
    expect(file.png).toEqual({
      name: 'us-japan-partnership-on-trade-view.png',
      type: 'image/png',
      size: [1920, 1080],
    });
    expect(file.svg).toEqual({
      name: 'us-japan-partnership-on-trade-stop-03.svg',
      type: 'image/svg+xml',
      start: '<?xml',
    });
  });
});
