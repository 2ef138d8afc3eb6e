/**
 * Labels on the timeline stay readable: a raised (selected or previewed) label or one
 * near the right edge ends inside the plot, and one wider than the plot is cut with an
 * ellipsis while the mark's name and the details keep the whole title.
 */
import type { Locator, Page } from '@playwright/test';
import { details, expect, mark, open, serveEveryKind, test, timeline } from './helpers';

const LONG_TITLE =
  'The long-awaited second round of ministerial meetings on supply chain resilience, export controls and the digital economy';

const withLongTitle = (page: Page) => serveEveryKind(page, { 'round-2': LONG_TITLE });

/** Whether a label's box lies within the timeline's drawing, left to right. */
async function expectInsidePlot(page: Page, label: Locator, what = ''): Promise<void> {
  const [box, plot] = await Promise.all([label.boundingBox(), timeline(page).boundingBox()]);
  expect(box!.x, what).toBeGreaterThanOrEqual(plot!.x);
  expect(box!.x + box!.width, what).toBeLessThanOrEqual(plot!.x + plot!.width);
}

test.describe('on a 360 x 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a selected event’s long title is cut with an ellipsis inside the plot', async ({
    page,
  }) => {
    await open(page, `${await withLongTitle(page)}#event=round-2`);
    const label = mark(page, 'round-2').locator('text');
    await expect(label).toHaveText(/^The long-awaited .*…$/);
    await expectInsidePlot(page, label);
    // The whole title is still the mark's name and the details' heading.
    await expect(mark(page, 'round-2')).toHaveAccessibleName(new RegExp(`^${LONG_TITLE}`));
    await expect(details(page).getByRole('heading', { name: LONG_TITLE })).toBeVisible();
  });

  test('a previewed label that fits the plot is drawn whole, inside it', async ({ page }) => {
    await open(page);
    const launch = mark(page, 'partnership-launch');
    await launch.hover();
    const label = launch.locator('text');
    await expect(label).toHaveText('Launch of the U.S.-Japan Partnership on Trade');
    await expectInsidePlot(page, label);
  });
});

test('on a 768-pixel screen, labels near the right edge end inside the plot', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await open(page, `${await withLongTitle(page)}#event=round-2`);
  for (const id of ['round-2', 'round-5', 'apec-aelw-2023']) {
    await expectInsidePlot(page, mark(page, id).locator('text'), id);
  }
});
