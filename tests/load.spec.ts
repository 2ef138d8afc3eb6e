import { dataset, details, expect, mark, open, test, timeline } from './helpers';

test('the page becomes ready once the first view has rendered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(timeline(page)).toBeVisible();
});

test('the dataset title is the page heading and the document title', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'U.S.-Japan Partnership on Trade',
  );
  await expect(page).toHaveTitle(/U\.S\.-Japan Partnership on Trade/);
});

test('every event of the dataset has a mark on the timeline', async ({ page }) => {
  await open(page);
  const ids = dataset.events.map((event) => event.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain('round-1');
  for (const id of ids) await expect(mark(page, id)).toHaveCount(1);
  await expect(timeline(page).locator('[data-event-id]')).toHaveCount(ids.length);
});

test('?lang=ja shows the Japanese title and Japanese dates', async ({ page }) => {
  await open(page, '/?lang=ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('日米通商協力枠組み');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await mark(page, 'round-1').click();
  await expect(page.getByRole('region', { name: '詳細' })).toContainText('2022年2月28日');
});

test('?theme=dark draws light text on a dark page', async ({ page }) => {
  const colours = async () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const body = getComputedStyle(document.body);
      return { background: style.backgroundColor, text: body.color };
    });
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  await open(page, '/?theme=light');
  const light = await colours();
  await open(page, '/?theme=dark');
  const dark = await colours();
  expect(dark.background).not.toBe(light.background);
  expect(luminance(dark.background)).toBeLessThan(0.2);
  expect(luminance(dark.text)).toBeGreaterThan(0.8);
  await expect(details(page)).toBeVisible();
});

test('the event details are not part of the first view, and arrive before the first click', async ({
  page,
}) => {
  await open(page);
  // Fetched while the page is idle, after the first view was drawn.
  const fetchedAfterReady = () =>
    page.evaluate(() => {
      const ready = performance.getEntriesByName('timeline:ready')[0]?.startTime ?? Infinity;
      const chunks = performance
        .getEntriesByType('resource')
        .filter((entry) => /EventDetails/.test(entry.name));
      return chunks.length > 0 && chunks.every((entry) => entry.startTime > ready);
    });
  await expect.poll(fetchedAfterReady).toBe(true);
  await mark(page, 'round-1').click();
  await expect(
    details(page).getByRole('heading', { name: 'First round of meetings' }),
  ).toBeVisible();
});
