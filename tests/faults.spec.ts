import { dataset, expect, serve, test } from './helpers';

/** The default dataset with `n` events that each lack their date. */
function undated(n: number): string {
  const event = { ...dataset.events[0]! } as Record<string, unknown>;
  delete event.date;
  const events = Array.from({ length: n }, (_, i) => ({ ...event, id: `e-${i}` }));
  return JSON.stringify({ ...dataset, events });
}

for (const { lang, more, moreSkipped } of [
  {
    lang: 'en',
    more: '"date" is required. And 799 more of the same kind, not listed.',
    moreSkipped: 'And 800 more, not listed.',
  },
  {
    lang: 'ja',
    more: '"date" は必須です。同じ種類の問題がほかに799件あります（一覧には出していません）。',
    moreSkipped: 'ほかに800件あります（一覧には出していません）。',
  },
]) {
  test(`under ?lang=${lang}, 1,000 bad events list 200 problems, then the rest counted by kind`, async ({
    page,
  }) => {
    await serve(page, '/undated.json', undated(1_000));
    await page.goto(`/?lang=${lang}&data=/undated.json`);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    const alert = page.getByRole('alert');
    const [problems, skipped] = [alert.getByRole('list').first(), alert.getByRole('list').nth(1)];
    // 200 listed, one line for the other 800 undated events, one for the stops that
    // name events no longer there (the first, and seven more).
    await expect(problems.getByRole('listitem')).toHaveCount(202);
    await expect(
      problems.getByRole('listitem').filter({ hasText: '$.events[200].date' }),
    ).toContainText(more);
    await expect(skipped.getByRole('listitem')).toHaveCount(200);
    await expect(alert.getByText(moreSkipped)).toBeVisible();
    await expect(alert.getByRole('heading', { level: 3 })).toContainText('1,000');
  });
}
