/**
 * Generated and mutated events files (src/lib/data/fuzz) in the page: each one ends
 * `ready` or `error`, never stays `loading`, and throws nothing (the guard fails a test
 * on any uncaught exception or console error). A fixed seed gives the same 20 files on
 * every run; FUZZ_SEED and FUZZ_FILES choose others.
 */
import fc from 'fast-check';
import { eventsFile, toJson, type Json } from '../src/lib/data/fuzz/arbitraries';
import { dataset, expect, serve, test } from './helpers';

const seed = Number(process.env.FUZZ_SEED ?? 18);
const files = fc.sample(eventsFile(dataset as Json), {
  seed,
  numRuns: Number(process.env.FUZZ_FILES ?? 20),
});

files.forEach((file, i) => {
  test(`generated file ${i} (seed ${seed}) ends ready or error, and a ready one answers keys`, async ({
    page,
  }) => {
    await serve(page, `/fuzz-${i}.json`, toJson(file));
    await page.goto(`/?data=/fuzz-${i}.json`);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-state', /^(ready|error)$/);
    if ((await html.getAttribute('data-state')) !== 'ready') return;
    // What a reader does first: step through the events, select one, zoom, show all.
    await page.locator('svg[role="group"]').first().focus();
    for (const key of ['Home', 'ArrowRight', 'Enter', 'End', '+', '-', '0', 'Escape']) {
      await page.keyboard.press(key);
    }
    await page.locator('summary').filter({ hasText: 'List of events' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expect(html).toHaveAttribute('data-state', 'ready');
  });
});
