import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

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

// `--mode single` builds one self-contained HTML file (scripts, styles and the
// default dataset inlined) for a presentation laptop with no network.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte(), ...(mode === 'single' ? [viteSingleFile()] : [dataFiles()])],
  define: {
    __SINGLE_FILE__: JSON.stringify(mode === 'single'),
  },
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    target: 'es2022',
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}));
