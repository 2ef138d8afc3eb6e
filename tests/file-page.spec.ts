import { expect, open, test } from './helpers';

/** The built page, as a double-click on it in a folder opens it. */
const FILE = new URL('../dist/index.html', import.meta.url).href;

test.describe('dist/index.html opened from a folder (file://)', () => {
  test.beforeEach(({ guard }) => {
    // The browser refuses the module script and the stylesheet from file:, and says so.
    guard.expectConsoleError(/blocked by CORS policy/);
    guard.expectConsoleError(/net::ERR_FAILED/);
  });

  test('says why it is empty and what to do, instead of a blank page', async ({ page }) => {
    await page.goto(FILE);
    await expect(
      page.getByRole('heading', { name: 'Open this page through a web server' }),
    ).toBeVisible();
    await expect(page.getByText(/code from a file:\/\/ address/)).toBeVisible();
    await expect(page.getByText('npm run preview', { exact: true })).toBeVisible();
    await expect(page.getByText('npm run build:single', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('says it in Japanese under ?lang=ja', async ({ page }) => {
    await page.goto(`${FILE}?lang=ja`);
    await expect(
      page.getByRole('heading', { name: 'このページはウェブサーバー経由で開いてください' }),
    ).toBeVisible();
    await expect(page.getByText('npm run build:single', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test.describe('in a browser set to Japanese', () => {
    test.use({ locale: 'ja-JP' });

    test('says it in Japanese', async ({ page }) => {
      await page.goto(FILE);
      await expect(
        page.getByRole('heading', { name: 'このページはウェブサーバー経由で開いてください' }),
      ).toBeVisible();
    });

    test('says it in English under ?lang=en', async ({ page }) => {
      await page.goto(`${FILE}?lang=en`);
      await expect(
        page.getByRole('heading', { name: 'Open this page through a web server' }),
      ).toBeVisible();
    });
  });
});

test('served over http, the page shows the timeline and no such message', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { name: /web server/ })).toHaveCount(0);
});
