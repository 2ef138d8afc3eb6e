/**
 * What a phone shows first: a toolbar that takes one row, and a legend that folds away
 * on a narrow screen, so that the timeline is on the first screen.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, mark, open, serveEveryKind, test, timeline } from './helpers';

const PHONE = { width: 360, height: 740 };

const legendButton = (page: Page, name = 'Legend') => page.getByRole('button', { name });
const legend = (page: Page, name = 'Legend') => page.getByRole('group', { name });

test.describe('on a 360 x 740 phone', () => {
  test.use({ viewport: PHONE });

  test('the zoom buttons and the legend button share one row', async ({ page }) => {
    await open(page);
    const row = [
      // Exact: a '+N' mark's name ("1 more event here; zoom in to see them") holds the words too.
      page.getByRole('button', { name: 'Zoom in', exact: true }),
      page.getByRole('button', { name: 'Zoom out', exact: true }),
      page.getByRole('button', { name: 'Show all', exact: true }),
      legendButton(page),
    ];
    const tops = await Promise.all(row.map(async (b) => (await b.boundingBox())!.y));
    for (const top of tops) expect(Math.abs(top - tops[0]!)).toBeLessThan(2);
  });

  test('the timeline does not move when the clear button appears beside the zoom buttons', async ({
    page,
  }) => {
    // Page coordinates: on a phone, choosing an event scrolls its details into view.
    const top = (locator: Locator) =>
      locator.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await open(page);
    const before = await top(timeline(page));
    await mark(page, 'round-1').click();
    const clear = page.getByRole('button', { name: 'Clear selection and filters' });
    await expect(clear).toBeVisible();
    await expect(clear).toHaveText('Clear', { useInnerText: true });
    const zoomIn = await top(page.getByRole('button', { name: 'Zoom in', exact: true }));
    expect(Math.abs((await top(clear)) - zoomIn)).toBeLessThan(2);
    expect(await top(timeline(page))).toBe(before);
  });

  test('the whole timeline is on the first screen, even with every shape and status', async ({
    page,
  }) => {
    await open(page, await serveEveryKind(page));
    const box = (await timeline(page).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  });

  test('the legend is folded behind a button that opens it by keyboard', async ({ page }) => {
    await open(page);
    const button = legendButton(page);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(legend(page)).toBeHidden();

    await page.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    expect(await button.evaluate((el) => el.matches(':focus-visible'))).toBe(true);

    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(legend(page).getByRole('list', { name: 'Date' })).toBeVisible();
    await expect(legend(page).getByRole('listitem').first()).toHaveText('A single day');
    const box = (await legend(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(legend(page)).toBeHidden();
  });

  test('the legend button speaks Japanese', async ({ page }) => {
    await open(page, '/?lang=ja');
    await legendButton(page, '凡例').click();
    await expect(legend(page, '凡例')).toBeVisible();
  });
});

test('on a wide screen the legend is always shown, with no button to fold it', async ({ page }) => {
  await open(page);
  await expect(legend(page)).toBeVisible();
  await expect(legendButton(page)).toHaveCount(0);
});
