/**
 * `npm run export`: exports the timeline from the command line, through the same code as
 * the Export dialog. It builds the app (or uses dist/), serves it on 127.0.0.1, opens a
 * small host page (export/host.html) in the headless Chromium the tests use, which frames
 * the app and sends it the embed API's `export` command, and writes what comes back to
 * the output folder (several pictures, one file each).
 *
 *   npm run export -- --format png --stops --size 1920x1080 --lang ja --theme dark --out out
 *
 * --data FILE     an events file (the default dataset if none)
 * --format F      svg | png | pdf | pptx (svg)
 * --stops [LIST]  every stop, or the stops listed (1,3,5); without it, the first view
 * --size WxH      1920x1080, 3840x2160, any size; or screen (as wide as a 1280 px window)
 * --lang, --theme en | ja; light | dark
 * --out DIR       where to write (export/)
 * --build         build even when dist/ is there
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { serve } from './bench/server';
import { launchBrowser } from './bench/browser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `--stops` with no list is followed by another flag: let parseArgs not swallow it.
const args = process.argv.slice(2);
const stopsAt = args.indexOf('--stops');
if (stopsAt >= 0 && (args[stopsAt + 1] ?? '--').startsWith('--')) args.splice(stopsAt + 1, 0, '');

const { values } = parseArgs({
  args,
  options: {
    data: { type: 'string' },
    format: { type: 'string', default: 'svg' },
    stops: { type: 'string' },
    size: { type: 'string', default: 'screen' },
    lang: { type: 'string', default: 'en' },
    theme: { type: 'string', default: 'light' },
    out: { type: 'string', default: 'export' },
    build: { type: 'boolean', default: false },
  },
  allowPositionals: false,
  strict: true,
});

/** `--stops` alone (given '' above), or a list of stops. */
function stops(): 'view' | 'all' | number[] {
  if (values.stops === undefined) return 'view';
  const list = values.stops ?? '';
  const numbers = list.split(',').map(Number).filter(Number.isInteger);
  return list && numbers.length ? numbers : 'all';
}

async function main() {
  const dist = join(root, 'dist');
  if (values.build || !existsSync(join(dist, 'embed.js'))) {
    execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const data = values.data ? resolve(values.data) : null;
  const server = await serve([
    { prefix: '/', dir: dist },
    { prefix: '/__export/', dir: join(root, 'scripts', 'export') },
    ...(data ? [{ prefix: '/__data/', dir: dirname(data) }] : []),
  ]);
  const query = new URLSearchParams({ lang: values.lang!, theme: values.theme! });
  if (data) query.set('data', `/__data/${basename(data)}`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(`page: ${error.message}`));
    await page.goto(`${server.origin}/__export/host.html?${query}`);
    await page.evaluate(
      () => (window as unknown as { timelineReady: Promise<unknown> }).timelineReady,
    );
    const options = { format: values.format, stops: stops(), size: values.size };
    const file = await page.evaluate(
      (o) =>
        (
          window as unknown as {
            exportFile: (o: unknown) => Promise<{ name: string; type: string; base64: string }>;
          }
        ).exportFile(o),
      options,
    );
    const out = resolve(values.out!);
    mkdirSync(out, { recursive: true });
    const bytes = Buffer.from(file.base64, 'base64');
    if (file.type === 'application/zip') {
      const zip = await JSZip.loadAsync(bytes);
      for (const [name, entry] of Object.entries(zip.files)) {
        writeFileSync(join(out, name), await entry.async('nodebuffer'));
        console.log(join(out, name));
      }
    } else {
      writeFileSync(join(out, file.name), bytes);
      console.log(join(out, file.name));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
