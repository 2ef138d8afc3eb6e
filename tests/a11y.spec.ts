import {
  axeViolations,
  contrast,
  dataset,
  eventOutside,
  expect,
  mark,
  open,
  serve,
  test,
  timeline,
  topicPanel,
  windowInHash,
} from './helpers';

/** A label cut inside a word shows words that are not its mark's name's (WCAG 2.5.3). */
const CUT_INSIDE_A_WORD = /^label-content-name-mismatch .* at \["g\[data-event-id=/;

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

  for (const theme of ['light', 'dark']) {
    test(`in the list, an event selected outside the topic filter (${theme})`, async ({ page }) => {
      await open(page, `/?theme=${theme}#event=round-2&topics=environment`);
      await page.getByText(/List of events/).click();
      const list = page.getByRole('region', { name: /List of events/ });
      await expect(list.getByRole('button', { name: /^Second round/ })).toHaveAttribute(
        'aria-current',
        'true',
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('in Japanese on a narrow 360 x 740 screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/?lang=ja#topics=labor');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a narrow 360 x 740 screen with the legend open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '/?theme=dark');
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect(page.getByRole('group', { name: 'Legend' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a narrow screen, a cut label is made of whole words of its mark’s name', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of ['/', '/?lang=ja']) {
      await open(page, url);
      const cut = (await axeViolations(page)).filter((v) => CUT_INSIDE_A_WORD.test(v));
      expect(cut, url).toEqual([]);
    }
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
    'aria-current',
    'true',
  );
});

test('the list of events also gives the periods, their years and summaries', async ({ page }) => {
  await open(page);
  await page.getByText(/List of events/).click();
  const list = page.getByRole('region', { name: /List of events/ });
  await expect(list.getByRole('heading', { name: 'Periods' })).toBeVisible();
  const period = list.getByRole('term').filter({ hasText: 'Japan’s G7 host year' });
  await expect(period).toBeVisible();
  await expect(list.getByRole('definition').nth(1)).toContainText(
    '2023 Japan held the G7 presidency in 2023.',
  );
});

test('a live region announces the selected event', async ({ page }) => {
  await open(page);
  await mark(page, 'round-1').click();
  await expect(
    page.getByRole('status').filter({ hasText: 'First round of meetings' }),
  ).toBeAttached();
});

test.describe('outside the topic filter', () => {
  const outside = eventOutside('labor');
  for (const theme of ['light', 'dark']) {
    test(`a mark is grey at 3:1 or more against the page (${theme})`, async ({ page }) => {
      const look = () =>
        mark(page, outside.id)
          .locator('.shape')
          .evaluate((shape) => {
            const style = getComputedStyle(shape);
            const background = getComputedStyle(document.documentElement).backgroundColor;
            return { fill: style.fill, opacity: style.opacity, background };
          });
      await open(page, `/?theme=${theme}`);
      const before = await look();
      await open(page, `/?theme=${theme}#topics=labor`);
      await expect(mark(page, outside.id)).toHaveAttribute('data-dimmed', '');
      const dimmed = await look();
      expect(dimmed.opacity).toBe('1');
      expect(contrast(dimmed.fill, dimmed.background)).toBeGreaterThanOrEqual(3);
      // and plainly fainter than the same mark with no filter on
      expect(contrast(dimmed.fill, dimmed.background)).toBeLessThan(
        contrast(before.fill, before.background) - 2,
      );
    });
  }

  test('a mark and a list entry say they are outside the chosen topics', async ({ page }) => {
    await open(page, '/#topics=labor');
    await expect(mark(page, outside.id)).toHaveAccessibleDescription('outside the chosen topics');
    await expect(mark(page, 'round-1')).toHaveAccessibleDescription('');
    await page.getByText(/List of events/).click();
    const list = page.getByRole('region', { name: /List of events/ });
    await expect(list.getByRole('button', { name: outside.title })).toHaveAccessibleDescription(
      'outside the chosen topics',
    );
  });
});

test('a pressed topic toggle is ringed in ink, at 3:1 or more against its panel', async ({
  page,
}) => {
  await open(page, '/?theme=dark#topics=third-country-issues');
  const toggle = topicPanel(page, 'third-country-issues').getByRole('button', { pressed: true });
  const [ring, panel] = await toggle.evaluate((button) => {
    const swatch = button.querySelector('.swatch')!;
    const style = getComputedStyle(swatch);
    // The first background behind the swatch that is painted.
    let behind: Element | null = button;
    let background = 'rgba(0, 0, 0, 0)';
    while (behind && /rgba\(.*, 0\)$/.test(background)) {
      background = getComputedStyle(behind).backgroundColor;
      behind = behind.parentElement;
    }
    return [style.outlineStyle === 'solid' ? style.outlineColor : '', background];
  });
  expect(contrast(ring, panel)).toBeGreaterThanOrEqual(3);
});

test('Clear, pressed from the keyboard, leaves the focus on the timeline', async ({ page }) => {
  await open(page, '/#event=round-1&topics=labor');
  const clear = page.getByRole('button', { name: 'Clear selection and filters' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-state', 'loading');
  await expect(mark(page, 'round-1')).not.toHaveAttribute('data-selected', '');
  await expect(timeline(page).locator(':focus')).toHaveCount(1);
});

test('Escape with nothing to clear announces nothing', async ({ page }) => {
  await open(page);
  await mark(page, 'round-1').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('+');
  await expect(page.getByRole('status')).toHaveText('');
});

test('a live region announces the topic filter', async ({ page }) => {
  await open(page);
  await topicPanel(page, 'labor').getByRole('heading').getByRole('button').click();
  await expect(page.getByRole('status').filter({ hasText: /Labor/ })).toBeAttached();
});

test('under ?lang=ja, data text that is only in English is marked as English', async ({ page }) => {
  // The same data with its titles, the topics' labels and a source's title as plain
  // strings: the format reads a plain string as English.
  const english = structuredClone(dataset);
  for (const event of english.events) event.title = (event.title as { en: string }).en;
  for (const topic of english.topics as unknown as { label: string | { en: string } }[]) {
    topic.label = (topic.label as { en: string }).en;
  }
  await serve(page, '/fixtures/english.json', JSON.stringify(english));
  await open(page, '/?lang=ja&data=/fixtures/english.json');
  const panel = topicPanel(page, 'labor');
  await expect(panel.locator('[lang="en"]', { hasText: 'First round of meetings' })).toHaveCount(1);
  await page.getByText(/出来事の一覧/).click();
  const list = page.getByRole('region', { name: /出来事の一覧/ });
  await expect(list.getByRole('button', { name: /^First round of meetings、/ })).toBeVisible();
  await expect(list.locator('[lang="en"]', { hasText: 'First round of meetings' })).toHaveCount(1);
  await list.getByRole('button', { name: '分野別' }).click();
  await expect(list.getByRole('heading', { name: 'Labor', exact: true })).toHaveAttribute(
    'lang',
    'en',
  );
  await list
    .getByRole('button', { name: /^First round of meetings、/ })
    .first()
    .click();
  const details = page.getByRole('region', { name: '詳細' });
  await expect(details.getByRole('button', { name: 'Labor', exact: true })).toHaveAttribute(
    'lang',
    'en',
  );
  // Text in Japanese stays Japanese: a person's name in the default data has both.
  await expect(details.locator('strong').first()).toHaveAttribute('lang', 'ja');
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
