import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

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
 * Starts reading the events file with the page, before the app's code has arrived
 * (public/prefetch.js). A script of its own, from the page's origin, so a
 * `script-src 'self'` policy allows it. The single file carries its dataset.
 */
function prefetchData(): Plugin {
  // Right after the charset, which must stay in the first 1,024 bytes.
  const anchor = '<meta charset="UTF-8" />';
  return {
    name: 'prefetch-data',
    transformIndexHtml(html) {
      if (!html.includes(anchor)) throw new Error(`index.html needs ${anchor} for the prefetch`);
      return html.replace(anchor, `${anchor}\n    <script src="./prefetch.js"></script>`);
    },
  };
}

/**
 * The single file refers to nothing beside it: a copy of the one file, opened from
 * `file://`, would log the icon it cannot find.
 */
function inlineIcon(): Plugin {
  const icon = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
  return {
    name: 'inline-icon',
    transformIndexHtml(html) {
      const href = 'href="./favicon.svg"';
      if (!html.includes(href)) throw new Error(`index.html needs ${href} for the icon`);
      return html.replace(href, `href="data:image/svg+xml,${encodeURIComponent(icon.trim())}"`);
    },
  };
}

// `--mode single` builds one self-contained HTML file (scripts, styles and the
// default dataset inlined) for a presentation laptop with no network.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    svelte(),
    ...(mode === 'single' ? [inlineIcon(), viteSingleFile()] : [prefetchData(), dataFiles()]),
  ],
  // The single file is the whole site: nothing from public/ goes beside it.
  publicDir: mode === 'single' ? false : 'public',
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
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        // State tests run Svelte's client runtime: on the server's, $effect.root never runs.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          include: ['src/**/*.svelte.test.ts'],
          environment: './vitest.environment.ts',
        },
      },
    ],
  },
}));
