/**
 * Where sources give an event different dates: the disagreement is drawn on its mark
 * (and the legend says what the sign means) and said in the details, with each source's
 * date and quote, in English and Japanese. Quotes name the topics they support.
 */
import { dataset, details, expect, hashParams, mark, open, serve, test, timeline } from './helpers';

const DISAGREE = 'task-force-second-meeting-government-dialogue';
const AGREE = 'task-force-second-meeting-stakeholder-dialogue';
const legend = (page: import('@playwright/test').Page, name = 'Legend') =>
  page.getByRole('group', { name });

test.describe('sources that disagree', () => {
  test('are drawn on the mark, named in it, and explained in the legend', async ({ page }) => {
    await open(page);
    await expect(mark(page, DISAGREE).locator('.disagree')).toHaveCount(1);
    await expect(mark(page, DISAGREE)).toHaveAccessibleName(
      'Task Force, second meeting: government dialogue, October 6 – 7, 2024, Held, sources disagree',
    );
    // Days that differ only as their zones do are no disagreement.
    await expect(mark(page, AGREE).locator('.disagree')).toHaveCount(0);
    await expect(mark(page, AGREE)).not.toHaveAccessibleName(/disagree/);
    await expect(legend(page).getByText('Sources disagree on the date')).toBeVisible();
    await expect(timeline(page).locator('.disagree')).toHaveCount(1);
  });

  test('are drawn and named in Japanese', async ({ page }) => {
    await open(page, '/?lang=ja');
    await expect(mark(page, DISAGREE)).toHaveAccessibleName(/、典拠の日付に食い違いあり$/);
    await expect(legend(page, '凡例').getByText('典拠により日付が食い違う')).toBeVisible();
  });

  test('leave the legend alone when no event has them', async ({ page }) => {
    const events = dataset.events.map((event) => ({ ...event, claims: undefined }));
    await serve(page, '/no-claims.json', JSON.stringify({ ...dataset, events }));
    await open(page, '/?data=/no-claims.json');
    await expect(legend(page).getByText('Expected beforehand')).toBeVisible();
    await expect(legend(page).getByText('Sources disagree on the date')).toHaveCount(0);
    await expect(mark(page, DISAGREE)).not.toHaveAccessibleName(/disagree/);
  });

  test('are said plainly in the details, each source with its date, zone and quote', async ({
    page,
  }) => {
    await open(page, `/#event=${DISAGREE}`);
    const claims = details(page).getByRole('region', { name: 'Dates by source' });
    await expect(claims).toContainText(
      'The sources disagree: USTR says October 7, 2024 (Washington); METI says October 6, 2024 (Tokyo).',
    );
    const items = claims.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('USTR October 7, 2024 (Washington)');
    await expect(items.first()).toContainText('held virtually on October 7, 2024');
    await expect(items.first()).toContainText(
      'Office of the United States Trade Representative (USTR)',
    );
    await expect(items.last()).toContainText('METI October 6, 2024 (Tokyo)');
    await expect(items.last()).toContainText('October 6 and December 18, Japan time');
  });

  test('are said in Japanese', async ({ page }) => {
    await open(page, `/?lang=ja#event=${DISAGREE}`);
    const claims = page
      .getByRole('region', { name: '詳細' })
      .getByRole('region', { name: '典拠ごとの日付' });
    await expect(claims).toContainText(
      '典拠の記載が食い違っています。USTRは2024年10月7日（ワシントン）、経済産業省は2024年10月6日（東京）としています。',
    );
  });

  test('that agree across zones are said as zones are said', async ({ page }) => {
    await open(page, `/#event=${AGREE}`);
    await expect(details(page).getByRole('region', { name: 'Dates by source' })).toContainText(
      'The sources agree once their time zones are read: December 17, 2024, Washington · December 18, 2024, Tokyo.',
    );
    await open(page, `/?lang=ja#event=${AGREE}`);
    await expect(page.getByRole('region', { name: '典拠ごとの日付' })).toContainText(
      'タイムゾーンの違いを踏まえると、典拠の日付は一致します：2024年12月17日（ワシントン）・2024年12月18日（東京）。',
    );
  });
});

test.describe('the topics a quote supports', () => {
  const quote = (page: import('@playwright/test').Page, words: RegExp) =>
    details(page)
      .getByRole('listitem')
      .filter({ has: page.getByText(words) })
      .last();

  test('are chips beside it that toggle the filter', async ({ page }) => {
    await open(page, '/#event=round-1');
    const labor = quote(page, /“Labor – Discussions focused/);
    const chips = labor.getByRole('list', { name: 'Topics this quote supports' });
    await expect(chips.getByRole('button')).toHaveText(['Labor']);
    await chips.getByRole('button', { name: 'Labor' }).click();
    await expect.poll(async () => (await hashParams(page)).topics).toBe('labor');
    await expect(chips.getByRole('button', { name: 'Labor' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('are highlighted while a topic they support filters, and only they', async ({ page }) => {
    await open(page, '/#event=round-1&topics=environment');
    const citations = details(page).locator('.citation');
    const marked = details(page).locator('.citation[data-supports]');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('Environment – Affirming their shared commitment');
    expect(await citations.count()).toBeGreaterThan(1);
  });

  test('of a sub-topic count for its parent', async ({ page }) => {
    // The third round's quote on bilateral issues, naming its sub-topics only.
    const events = dataset.events.map((event) =>
      event.id !== 'round-3'
        ? event
        : {
            ...event,
            sources: (event as unknown as { sources: { topics?: string[] }[] }).sources.map(
              (ref) => ({
                ...ref,
                topics: ref.topics?.filter((id) => id !== 'bilateral-issues'),
              }),
            ),
          },
    );
    await serve(page, '/sub-topics.json', JSON.stringify({ ...dataset, events }));
    await open(page, '/?data=/sub-topics.json#event=round-3&topics=bilateral-issues');
    const marked = details(page).locator('.citation[data-supports]');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('bilateral trade issues including regulatory transparency');
    await expect(marked.getByRole('button', { name: 'Bilateral Trade Issues' })).toHaveCount(0);
  });

  test('speak Japanese', async ({ page }) => {
    await open(page, '/?lang=ja#event=round-1');
    await expect(
      page
        .getByRole('region', { name: '詳細' })
        .getByRole('list', { name: 'この引用が裏付ける分野' }),
    ).not.toHaveCount(0);
  });
});
