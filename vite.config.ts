import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync, type Plugin } from 'vite';
import { prefetchScript } from './src/state/prefetch.ts';
import { MAX_BYTES } from './src/lib/data/limits.ts';

/** The default dataset, beside the page, so a static host can swap it without a rebuild. */
const DEFAULT_DATA = 'data/events.json';

/** Ships data/ beside the page (the dev server already serves it from the project root). */
function dataFiles(): Plugin {
  return {
    name: 'data-files',
    apply: 'build',
    generateBundle() {
      for (const name of ['events.json', 'events.schema.json']) {
        const source = readFileSync(new URL(`./data/${name}`, import.meta.url));
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}

/**
 * Starts fetching the events file from the page itself, before the app's code has
 * loaded (see src/state/prefetch.ts). The single file carries its dataset, so it only
 * fetches a `?data=` file.
 */
function prefetchData(single: boolean): Plugin {
  // Right after the charset, which must stay in the first 1,024 bytes, and before the
  // stylesheet, which an inline script would wait for.
  const anchor = '<meta charset="UTF-8" />';
  // Minified here, once: the bundler never sees an inline script, and this one is read
  // on every load, before anything else. The dev server asks for the page on each reload.
  const source = prefetchScript(single ? null : DEFAULT_DATA, MAX_BYTES);
  const script = minifySync('prefetch.js', source, { compress: true, mangle: true }).code;
  return {
    name: 'prefetch-data',
    transformIndexHtml(html) {
      if (!html.includes(anchor)) throw new Error(`index.html needs ${anchor} for the prefetch`);
      return html.replace(anchor, `${anchor}\n    <script>${script}</script>`);
    },
  };
}

/** The first line of the entry chunk (tests/load.spec.ts looks for it). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * V8's explicit compile hint (Chromium 136 and later): the functions of the scripts the
 * first view runs, the entry chunk and the chunks it imports (which the page preloads),
 * nearly all of which run on the first view, are compiled on a background thread while
 * the events file is read, not one by one on the main thread when first called. In the
 * benchmark harness's Chromium, 30 interleaved loads each: ready at 10,000 events
 * 273 -> 249 ms, at 1,000 events 200 -> 190 ms. Other engines read a comment.
 *
 * Written into the files once they are on disk: a banner given to the bundler does not
 * survive the last pass over a chunk.
 */
function eagerCompile(): Plugin {
  return {
    name: 'eager-compile',
    apply: 'build',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const first = new Set(
        chunks
          .filter((chunk) => chunk.isEntry)
          .flatMap((chunk) => [chunk.fileName, ...chunk.imports]),
      );
      for (const chunk of chunks) {
        if (!first.has(chunk.fileName) || !options.dir) continue;
        const file = join(options.dir, chunk.fileName);
        writeFileSync(file, `${COMPILE_HINT}\n${readFileSync(file, 'utf8')}`);
      }
    },
  };
}

// `--mode single` builds one self-contained HTML file (scripts, styles and the
// default dataset inlined) for a presentation laptop with no network.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    svelte(),
    prefetchData(mode === 'single'),
    ...(mode === 'single' ? [viteSingleFile()] : [dataFiles(), eagerCompile()]),
  ],
  define: {
    __SINGLE_FILE__: JSON.stringify(mode === 'single'),
    __DEFAULT_DATA__: JSON.stringify(DEFAULT_DATA),
  },
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    target: 'es2022',
    // Every browser that runs es2022 modules preloads them; the polyfill's feature
    // test alone cost 10 ms of a cold start.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}));
