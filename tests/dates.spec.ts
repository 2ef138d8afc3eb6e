import { dataset, details, expect, mark, open, serve, test } from './helpers';

// Intl puts thin spaces around the dash of an English range; spelled out so the tests show it.
const DASH = '\u2009–\u2009';

test.describe('dates as people write them', () => {
  test('an interval whose start alone is approximate says so of its start only', async ({
    page,
  }) => {
    await open(page);
    await mark(page, 'round-2').click();
    const panel = details(page);
    // The Date row: the date in words, then its precision and certainty aside.
    await expect(panel.getByRole('definition').first()).toHaveText(
      `about August 22${DASH}25, 2022 (to the day, start approximate)`,
    );
    await expect(panel.getByText(/to the day, approximate/)).toHaveCount(0);
    // An accessible name has its spaces made plain.
    await expect(mark(page, 'round-2')).toHaveAccessibleName(/, about August 22\s–\s25, 2022,/);
  });

  test('under ?lang=ja, the same interval reads 2022年8月22日頃～25日', async ({ page }) => {
    await open(page, '/?lang=ja');
    await mark(page, 'round-2').click();
    const panel = page.getByRole('region', { name: '詳細' });
    await expect(panel.getByRole('definition').first()).toHaveText(
      '2022年8月22日頃～25日（日単位、開始はおおよそ）',
    );
  });

  test('a range within a year writes its year once, as this Chromium’s Intl does', async ({
    page,
  }) => {
    const events = [
      { ...dataset.events[0], id: 'in-a-year', date: '2023-05-30/2023-06-02' },
      { ...dataset.events[1], id: 'across-years', date: '2023-12-30/2024-01-02' },
    ];
    await serve(page, '/ranges.json', JSON.stringify({ ...dataset, events, stops: [] }));
    await open(page, '/?data=/ranges.json');
    const intl = (from: string, to: string) =>
      page.evaluate(
        ([a, b]) =>
          new Intl.DateTimeFormat('en-US', {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            timeZone: 'UTC',
          }).formatRange(Date.parse(a!), Date.parse(b!)),
        [from, to],
      );
    for (const [id, from, to, words] of [
      ['in-a-year', '2023-05-30', '2023-06-02', `May 30${DASH}June 2, 2023`],
      ['across-years', '2023-12-30', '2024-01-02', `December 30, 2023${DASH}January 2, 2024`],
    ] as const) {
      expect(await intl(from, to)).toBe(words);
      await mark(page, id).click();
      await expect(details(page).getByText(words, { exact: true }).first()).toBeVisible();
    }
  });
});
