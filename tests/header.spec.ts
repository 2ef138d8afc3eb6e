/** The page's header: the dataset's title, its date, the language switch. */
import { dataset, expect, open, test } from './helpers';

/** The dataset's "as of" day as Intl writes a long date, which the app's words follow. */
const asOf = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(dataset.asOf),
  );

test.describe('the header', () => {
  test('says "As of" before the dataset date in English', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('banner')).toContainText(`As of ${asOf('en-US')}`);
  });

  test('says 時点 after the dataset date in Japanese, with no ASCII colon', async ({ page }) => {
    await open(page, '/?lang=ja');
    await expect(page.getByRole('banner')).toContainText(`${asOf('ja-JP')}時点`);
    await expect(page.getByRole('banner')).not.toContainText(':');
  });
});
