import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { headersFor } from './scripts/headers.ts';
import { encodeSlices } from './src/lib/export/slices.ts';

const require = createRequire(import.meta.url);

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

/** The security headers a static host sends (public/_headers): `vite preview` sends them too. */
const HEADERS = headersFor(readFileSync(new URL('./public/_headers', import.meta.url), 'utf8'));

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

/**
 * Which characters each of Noto Sans JP's slices (its unicode-range files, the same for
 * every weight) holds, as `virtual:font-slices`: read from the font package's own CSS at
 * build time, so the exporters load a compact table (lib/export/slices.ts), not 110 KB of CSS.
 */
function fontSlices(): Plugin {
  const id = 'virtual:font-slices';
  return {
    name: 'font-slices',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const css = readFileSync(require.resolve('@fontsource/noto-sans-jp/400.css'), 'utf8');
      return `export default ${JSON.stringify(encodeSlices(css))};`;
    },
  };
}

/** The host module's source: built beside the page as `embed.js`, for decks and pages. */
const HOST = fileURLToPath(new URL('./src/embed/host.ts', import.meta.url));

/** Its types, for a host written in TypeScript: `embed.d.ts` beside it. */
function hostTypes(): Plugin {
  return {
    name: 'host-types',
    apply: 'build',
    generateBundle() {
      const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(HOST, 'utf8'), {
        fileName: 'embed.ts',
        compilerOptions: { target: ts.ScriptTarget.ES2022, strict: true },
      });
      const problems = (diagnostics ?? []).map((d) =>
        ts.flattenDiagnosticMessageText(d.messageText, ' '),
      );
      if (problems.length) throw new Error(`embed.d.ts: ${problems.join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'embed.d.ts', source: outputText });
    },
  };
}

/**
 * The single file's script and style are inline, which `script-src 'self'` forbids: it
 * carries the policy itself, as a meta tag that allows that one script and that one
 * style by their hashes, so that it has the same protection as the site wherever it is
 * opened (from `file://`, or from a host that sends no headers). A meta tag cannot say
 * frame-ancestors (browsers ignore it there, and say so), so that one is left out.
 */
function singleFilePolicy(): Plugin {
  const policy = HEADERS['Content-Security-Policy'] ?? '';
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return {
    name: 'single-file-policy',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') return;
        const html = page.source;
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => m[1]!,
        );
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
        if (scripts.length !== 1) throw new Error(`the single file has ${scripts.length} scripts`);
        const directives = policy
          .split(';')
          .map((directive) => directive.trim())
          .filter((directive) => !directive.startsWith('frame-ancestors'))
          .map((directive) =>
            directive.startsWith('script-src')
              ? `script-src ${scripts.map(hash).join(' ')}`
              : directive.startsWith('style-src')
                ? `style-src ${styles.map(hash).join(' ')}`
                : directive,
          );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}" />`;
        const anchor = '<meta charset="UTF-8" />';
        page.source = html.replace(anchor, `${anchor}\n    ${meta}`);
      },
    },
  };
}

/** What d3-zoom's animation imports become (src/attachments/zoomStill.ts). */
const ZOOM_STILL = fileURLToPath(new URL('./src/attachments/zoomStill.ts', import.meta.url));

// `--mode single` builds one self-contained HTML file (scripts, styles and the
// default dataset inlined) for a presentation laptop with no network.
export default defineConfig(({ mode }) => ({
  base: './',
  resolve: {
    // d3-zoom never animates here, so it needs nothing of these two (see the file).
    alias: {
      'd3-transition': ZOOM_STILL,
      'd3-interpolate': ZOOM_STILL,
      // fontkit reads WOFF2 with it; the exporters give it WOFF (see the file).
      'brotli/decompress.js': fileURLToPath(new URL('./src/export/noBrotli.ts', import.meta.url)),
    },
  },
  plugins: [
    svelte(),
    fontSlices(),
    ...(mode === 'single'
      ? [inlineIcon(), viteSingleFile(), singleFilePolicy()]
      : [prefetchData(), dataFiles(), hostTypes()]),
  ],
  // The single file is the whole site: nothing from public/ goes beside it.
  publicDir: mode === 'single' ? false : 'public',
  preview: { headers: HEADERS },
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
    // pdf-lib with fontkit is 700 kB, loaded only when a PDF is exported.
    chunkSizeWarningLimit: 800,
    ...(mode === 'single'
      ? {}
      : {
          rolldownOptions: {
            input: { index: 'index.html', embed: HOST },
            // The host module's exports are its API: kept, unlike an app entry's.
            preserveEntrySignatures: 'exports-only',
            // A stable address for hosts to import: embed.js, not a hashed name.
            output: {
              entryFileNames: (chunk: { name: string }) =>
                chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js',
              // Everything the first view runs, in one chunk: left to itself, the bundler
              // splits off each module a lazy view also imports, a request and a few
              // hundred bytes of imports each. The host module stays on its own.
              codeSplitting: {
                groups: [
                  { name: 'app', tags: ['$initial'], test: (id: string) => !id.startsWith(HOST) },
                ],
              },
            },
          },
        }),
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
