/**
 * The single-file build (`npm run build:single`): one HTML file that refers to nothing
 * beside it, and carries its own Content-Security-Policy as a meta tag that allows its
 * one inline script and style by their hashes. Built here into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataset, expect, mark, test } from './helpers';

test.describe.configure({ mode: 'serial' });

let folder = '';
let html = '';

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'single-'));
  execFileSync('npx', ['vite', 'build', '--mode', 'single', '--outDir', folder, '--emptyOutDir'], {
    cwd: new URL('..', import.meta.url),
    stdio: 'pipe',
  });
  html = readFileSync(join(folder, 'index.html'), 'utf8');
});

test('the single file is alone in its folder and refers to no file beside it', () => {
  expect(readdirSync(folder)).toEqual(['index.html']);
  // Every address an element loads from is inside the file (the script's own text, which
  // writes markup to copy, is not the page's markup).
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  for (const [, , address] of markup.matchAll(/\s(src|href|srcset)="([^"]*)"/g)) {
    expect(address).toMatch(/^data:/);
  }
  for (const [, address] of css.matchAll(/url\(\s*["']?([^"')]*)/g)) {
    expect(address).toMatch(/^(data:|#)/);
  }
  // No module, chunk, style sheet or data file to fetch by a relative address (the
  // dataset's own "$schema" is a name for editors, never fetched).
  const code = html.replace(/"\$schema": "[^"]*"/, '');
  expect(code).not.toMatch(/["'`]\.{0,2}\/[\w./-]+\.(js|mjs|css|svg|png|json)["'`]/);
  expect(html).not.toContain('prefetch.js');
  expect(html).not.toContain('<link rel="stylesheet"');
});

test('its policy allows exactly its one script and its style, by their hashes', () => {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toBeDefined();
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  expect(policy).toContain(`script-src ${hash(scripts[0]!)};`);
  expect(policy).toContain(`style-src ${styles.map(hash).join(' ')};`);
  expect(policy).toContain("require-trusted-types-for 'script'; trusted-types svelte-trusted-html");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
  // The policy comes before the script it governs.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
});

test('opened from file://, it draws the default dataset with no console error or breach', async ({
  page,
}) => {
  // The guard fails the test on a console error (a file not found) or a policy breach.
  const file = pathToFileURL(join(folder, 'index.html')).href;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(file);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  for (const event of dataset.events) await expect(mark(page, event.id)).toHaveCount(1);
  await mark(page, 'round-1').click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('First round');
  expect(requested.filter((url) => url !== file && !url.startsWith('data:'))).toEqual([]);
});
