/** The page's header: the dataset's title, its date, the language switch. */
import { expect, open, test } from './helpers';

test.describe('the header', () => {
  test('says "As of" before the dataset date in English', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('banner')).toContainText('As of July 30, 2024');
  });

  test('says 時点 after the dataset date in Japanese, with no ASCII colon', async ({ page }) => {
    await open(page, '/?lang=ja');
    await expect(page.getByRole('banner')).toContainText('2024年7月30日時点');
    await expect(page.getByRole('banner')).not.toContainText(':');
  });
});
