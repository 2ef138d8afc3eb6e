/**
 * The Content-Security-Policy the build meets. Every browser test runs under it (the
 * guard in helpers.ts fails a test on any breach); these check that it is sent, that
 * the README states it, and that the built files need nothing it forbids.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor } from '../scripts/headers';
import { expect, open, test } from './helpers';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const HEADERS = headersFor(read('public/_headers'));
const POLICY = HEADERS['Content-Security-Policy']!;

test('the page and its files are served with the headers of public/_headers', async ({ page }) => {
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toBe(POLICY);
  expect(response!.headers()['x-content-type-options']).toBe('nosniff');
  expect(response!.headers()['referrer-policy']).toBe('no-referrer');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
});

test('the policy is strict: no inline script or style, no eval, Trusted Types, embeddable', () => {
  const directives = new Map(
    POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('style-src')).toBe("'self'");
  expect(POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
  expect(directives.get('require-trusted-types-for')).toBe("'script'");
  // The one policy Svelte's runtime creates for its templates.
  expect(directives.get('trusted-types')).toBe('svelte-trusted-html');
  expect(directives.get('frame-ancestors')).toBe('* file:');
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
});

test('the build ships the headers for static hosts, and the README states the policy', () => {
  expect(read('dist/_headers')).toBe(read('public/_headers'));
  expect(read('README.md')).toContain(POLICY);
});

test('the built page has no inline script, handler or style, and no chunk makes code from text', () => {
  const html = read('dist/index.html');
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    expect(attributes).toMatch(/\bsrc="\.\/[^"]+"/);
    expect(body).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/javascript:/i);
  // The page's chunks, and the host module that other sites load (embed.js).
  const chunks = [
    ...readdirSync(new URL('dist/assets/', root)).map((name) => `dist/assets/${name}`),
    ...readdirSync(new URL('dist/', root)).map((name) => `dist/${name}`),
  ].filter((name) => name.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(1);
  const policies: string[] = [];
  for (const name of chunks) {
    const code = read(name);
    // JSZip's setImmediate shim would make a function of a string it is given, and is
    // never given one; were it, the policy would refuse it and the guard would say so.
    expect(code, name).not.toMatch(/\beval\(|new Function\(/);
    policies.push(...(code.match(/createPolicy\([`'"][^`'"]+/g) ?? []));
  }
  // The HTML the runtime writes goes through its one Trusted Types policy, and no other.
  expect(policies).toEqual(['createPolicy(`svelte-trusted-html']);
});

test('the main flows breach nothing: select, filter, zoom, the list, the details', async ({
  page,
}) => {
  // The guard fails this test on any breach; this only walks through what a reader does.
  await open(page);
  await page.locator('svg [data-event-id="round-1"]').click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('First round');
  await page.locator('[data-topic-id="labor"]').getByRole('button').first().click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.locator('summary').filter({ hasText: 'List of events' }).click();
  await expect(page.getByRole('button', { name: 'By topic' })).toBeVisible();
});

test('any site may frame the timeline, and so may a slide deck opened from file://', async ({
  page,
  baseURL,
}) => {
  const deck = join(mkdtempSync(join(tmpdir(), 'deck-')), 'deck.html');
  writeFileSync(
    deck,
    `<!doctype html><title>Deck</title><iframe src="${baseURL}/" width="900" height="600"></iframe>`,
  );
  await page.goto(pathToFileURL(deck).href);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(frame.locator('svg [data-event-id="round-1"]')).toHaveCount(1);
});
