import { expect, test } from '@playwright/test';

test('the default dataset renders its events', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'U.S.-Japan Partnership on Trade',
  );
  await expect(page.locator('[data-event-id="round-1"]')).toBeVisible();
});
