/**
 * An interval with an open end ("2023-05-19/..", still going on) or an open start
 * ("../2022-03") is drawn open and said as open: its mark's name, the detail panel and
 * the legend say so. The events come from a small made-up file in tests/fixtures.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, details, expect, open, serve, test, timeline } from './helpers';

const FILE = '/fixtures/open-ends.json';
const body = readFileSync(new URL('./fixtures/open-ends.json', import.meta.url), 'utf8');

async function openFixture(page: Page, query = ''): Promise<void> {
  await serve(page, FILE, body);
  await open(page, `/?data=${FILE}${query}`);
}

/** The legend's entries for one question: 'Date' (the shapes) or 'Status'. */
const legendShapes = (page: Page, group: string) =>
  page
    .getByRole('group', { name: /^(Legend|凡例)$/ })
    .getByRole('list', { name: group })
    .getByRole('listitem');

test.describe('an event still going on', () => {
  test('is named as ongoing, and one with no start date as until its end', async ({ page }) => {
    await openFixture(page);
    const drawing = timeline(page);
    await expect(
      drawing.getByRole('button', { name: 'Working group, from May 19, 2023, ongoing, Held' }),
    ).toBeVisible();
    await expect(
      drawing.getByRole('button', { name: 'Earlier talks, until March 2022, Held' }),
    ).toBeVisible();
  });

  test('reaches to the day the data is stated as of', async ({ page }) => {
    await openFixture(page);
    const ongoing = timeline(page).getByRole('button', { name: /^Working group,/ });
    // The axis labels 2024 at its first day; the file is as of July 30, 2024.
    const year = timeline(page).locator('text', { hasText: /^2024$/ });
    const [bar, label] = await Promise.all([ongoing.boundingBox(), year.boundingBox()]);
    expect(bar!.x + bar!.width).toBeGreaterThan(label!.x + 100);
  });

  test('the legend explains the open end and the open start', async ({ page }) => {
    await openFixture(page);
    await expect(legendShapes(page, 'Date')).toHaveText([
      'A single day',
      'Exact interval',
      'Ongoing: no end date',
      'Began earlier: no start date',
    ]);
  });

  test('the detail panel says it is ongoing, with no accessibility violation', async ({ page }) => {
    await openFixture(page);
    await timeline(page)
      .getByRole('button', { name: /^Working group,/ })
      .press('Enter');
    await expect(details(page).getByRole('heading', { name: 'Working group' })).toBeVisible();
    await expect(details(page).getByText('from May 19, 2023, ongoing')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in Japanese, it is 継続中 and the other 〜まで', async ({ page }) => {
    await openFixture(page, '&lang=ja');
    const drawing = timeline(page);
    await expect(
      drawing.getByRole('button', { name: '作業部会、2023年5月19日から継続中、開催済み' }),
    ).toBeVisible();
    await expect(
      drawing.getByRole('button', { name: '以前の協議、2022年3月まで、開催済み' }),
    ).toBeVisible();
    await expect(legendShapes(page, '日付')).toContainText([
      '継続中（終了日なし）',
      'それ以前から（開始日なし）',
    ]);
  });

  test('in the dark theme, with no accessibility violation', async ({ page }) => {
    await openFixture(page, '&theme=dark');
    await timeline(page)
      .getByRole('button', { name: /^Earlier talks,/ })
      .press('Enter');
    await expect(details(page).getByText('until March 2022')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('in a topic panel the titles form one column, however long their dates’ words', async ({
  page,
}) => {
  await openFixture(page);
  const panel = page.locator('[data-topic-id]').first();
  const titles = panel.locator('.title');
  await expect(titles).toHaveCount(4);
  const lefts = await titles.evaluateAll((spans) =>
    spans.map((span) => Math.round(span.getBoundingClientRect().left)),
  );
  expect(new Set(lefts).size).toBe(1);
  // And no date runs into its title.
  const gaps = await panel
    .locator('.event')
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          row.querySelector('.title')!.getBoundingClientRect().left -
          row.querySelector('.when')!.getBoundingClientRect().right,
      ),
    );
  for (const gap of gaps) expect(gap).toBeGreaterThan(4);
});

test('a click anywhere in a wide mark’s box selects it, the gap under its bar too', async ({
  page,
}) => {
  await openFixture(page);
  const bar = timeline(page).getByRole('button', { name: /^Working group,/ });
  const box = (await bar.boundingBox())!;
  // The middle of the box, between the bar and its label.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(details(page).getByRole('heading', { name: 'Working group' })).toBeVisible();
});
