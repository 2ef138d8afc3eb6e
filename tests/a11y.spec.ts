import {
  axeViolations,
  dataset,
  expect,
  mark,
  open,
  test,
  timeline,
  topicPanel,
  windowInHash,
} from './helpers';

test.describe('axe-core finds no WCAG 2.2 AA violation', () => {
  test('in the default view', async ({ page }) => {
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with an event selected', async ({ page }) => {
    await open(page);
    await mark(page, 'round-2').click();
    await expect(mark(page, 'round-2')).toHaveAttribute('data-selected', '');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with a topic filter on', async ({ page }) => {
    await open(page);
    await topicPanel(page, 'multilateral-cooperation')
      .getByRole('heading')
      .getByRole('button')
      .click();
    await expect(timeline(page).locator('[data-dimmed]').first()).toBeAttached();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('zoomed in', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await windowInHash(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in Japanese', async ({ page }) => {
    await open(page, '/?lang=ja');
    await mark(page, 'round-1').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in the dark theme', async ({ page }) => {
    await open(page, '/?theme=dark');
    await mark(page, 'round-2').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a narrow 360 x 740 screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    await mark(page, 'round-1').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a narrow 360 x 740 screen with the legend open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/?theme=dark');
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect(page.getByRole('group', { name: 'Legend' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('each mark is named with its title, date and status', async ({ page }) => {
  await open(page);
  await expect(mark(page, 'round-1')).toHaveAccessibleName(
    'First round of meetings, February 28, 2022, Held',
  );
  await expect(mark(page, 'partnership-launch')).toHaveAccessibleName(
    /^Launch of the U\.S\.-Japan Partnership on Trade, November 17, 2021, Held$/,
  );
  for (const { id } of dataset.events) {
    await expect(mark(page, id)).toHaveAttribute('role', 'button');
    await expect(mark(page, id)).toHaveAccessibleName(/, .*\d{4}.*, (Held|Scheduled|Expected)/);
  }
});

test('the list of events lists every event', async ({ page }) => {
  await open(page);
  await page.getByText(/List of events/).click();
  const list = page.getByRole('region', { name: /List of events/ });
  await expect(list.getByRole('listitem')).toHaveCount(dataset.events.length);
  await expect(
    list.getByRole('button', { name: 'First round of meetings, February 28, 2022, Held' }),
  ).toBeVisible();
});

test('a button in the list of events selects that event on the timeline', async ({ page }) => {
  await open(page);
  await page.getByText(/List of events/).click();
  const list = page.getByRole('region', { name: /List of events/ });
  await list.getByRole('button', { name: /^G7 Hiroshima Summit,/ }).click();
  await expect(mark(page, 'g7-hiroshima-summit-2023')).toHaveAttribute('data-selected', '');
  await expect(list.getByRole('button', { name: /^G7 Hiroshima Summit,/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a live region announces the selected event', async ({ page }) => {
  await open(page);
  await mark(page, 'round-1').click();
  await expect(
    page.getByRole('status').filter({ hasText: 'First round of meetings' }),
  ).toBeAttached();
});

test('a live region announces the topic filter', async ({ page }) => {
  await open(page);
  await topicPanel(page, 'labor').getByRole('heading').getByRole('button').click();
  await expect(page.getByRole('status').filter({ hasText: /Labor/ })).toBeAttached();
});

test.describe('in Japanese, lists and asides are written the Japanese way', () => {
  test('the announced topic filter joins its topics with "、"', async ({ page }) => {
    await open(page, '/?lang=ja');
    for (const id of ['labor', 'environment']) {
      await topicPanel(page, id).getByRole('heading').getByRole('button').click();
    }
    await expect(page.getByRole('status')).toHaveText(/^労働、環境を表示：/);
  });

  test('a mark is named with its title, date and status joined by "、"', async ({ page }) => {
    await open(page, '/?lang=ja');
    await expect(mark(page, 'round-1')).toHaveAccessibleName('第1回会合、2022年2月28日、開催済み');
  });

  test('the precision of a date and a count are in full-width parentheses', async ({ page }) => {
    await open(page, '/?lang=ja');
    await mark(page, 'round-1').click();
    const details = page.getByRole('region', { name: '詳細' });
    await expect(details.getByText('（日単位）')).toBeVisible();
    await expect(details.getByText('米国通商代表部（USTR）、2022年3月').first()).toBeVisible();
    await expect(
      page.getByRole('heading', { name: `出来事の一覧（${dataset.events.length}）` }),
    ).toBeAttached();
  });
});
