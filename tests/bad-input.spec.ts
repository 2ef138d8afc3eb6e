import { readFileSync } from 'node:fs';
import { dataset, expect, mark, open, serve, test, timeline } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The error view, as a screen reader meets it. */
const alert = (page: import('@playwright/test').Page) => page.getByRole('alert');

test('a missing data file shows an error that names the file and the status', async ({
  page,
  guard,
}) => {
  // Chromium logs every failed request as a console error; this one is the point.
  guard.expectConsoleError(/Failed to load resource: .*404/);
  await serve(page, '/fixtures/missing.json', 'Not found', 404, 'text/plain');
  await page.goto('/?data=/fixtures/missing.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(alert(page)).toContainText('/fixtures/missing.json');
  await expect(alert(page)).toContainText('404');
});

test('a file that is not JSON shows "not valid JSON" with a line and column', async ({ page }) => {
  await serve(page, '/fixtures/not-json.json', fixture('not-json.txt'));
  await page.goto('/?data=/fixtures/not-json.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(alert(page)).toContainText('not valid JSON');
  await expect(alert(page)).toContainText(/line 3, column \d+/);
});

test('an empty file shows that it is empty', async ({ page }) => {
  await serve(page, '/fixtures/empty.json', fixture('empty.json'));
  await page.goto('/?data=/fixtures/empty.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(alert(page)).toContainText(/empty/i);
});

test.describe('a file with one invalid event among valid ones', () => {
  test.beforeEach(async ({ page }) => {
    const broken = structuredClone(dataset);
    broken.events[1]!.date = '2022-13';
    await serve(page, '/fixtures/bad-date.json', JSON.stringify(broken, null, 2));
    await open(page, '/?data=/fixtures/bad-date.json');
  });

  test('the valid events are drawn', async ({ page }) => {
    const valid = dataset.events.filter((_, i) => i !== 1).map((event) => event.id);
    for (const id of valid) await expect(mark(page, id)).toHaveCount(1);
    await expect(mark(page, dataset.events[1]!.id)).toHaveCount(0);
  });

  test('the problem is listed with its JSON path', async ({ page }) => {
    const problems = page.getByRole('region', { name: 'Problems in the events file' });
    await expect(problems).toContainText('$.events[1].date');
  });

  test('the skipped record is listed', async ({ page }) => {
    const problems = page.getByRole('region', { name: 'Problems in the events file' });
    await expect(problems.getByRole('heading', { name: /Records not shown/ })).toBeVisible();
    await expect(
      problems.getByRole('listitem').filter({ hasText: /^\s*\$\.events\[1\]\s+round-1\b/ }),
    ).toBeVisible();
  });
});

test.describe('text fields holding HTML and script', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(2)</script>';

  test.beforeEach(async ({ page }) => {
    const hostile = structuredClone(dataset) as Record<string, unknown> & typeof dataset;
    hostile.title = IMG;
    hostile.description = SCRIPT;
    const first = hostile.events[1] as Record<string, unknown>;
    first.title = IMG;
    first.summary = SCRIPT;
    const topic = hostile.topics[0] as Record<string, unknown>;
    topic.label = SCRIPT;
    topic.summary = IMG;
    await serve(page, '/fixtures/hostile.json', JSON.stringify(hostile));
    await open(page, '/?data=/fixtures/hostile.json');
  });

  test('the markup is shown as text', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(IMG);
    await expect(page.getByText(SCRIPT).first()).toBeVisible();
    await mark(page, 'round-1').click();
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(IMG);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(SCRIPT);
  });

  test('no element is created from the markup and no script runs', async ({ page }) => {
    await mark(page, 'round-1').click();
    await expect(timeline(page)).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('body script')).toHaveCount(0);
    // The guard fails the test if any dialog opened.
  });
});
