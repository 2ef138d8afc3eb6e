import type { Page } from '@playwright/test';
import {
  axisWords,
  dataset,
  days,
  details,
  expect,
  hashParams,
  mark,
  nextWindow,
  open,
  serve,
  test,
  timeline,
  topicPanel,
  windowInHash,
} from './helpers';

test.describe('selecting an event', () => {
  test('clicking a mark shows its title, dates in both zones and status', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').click();
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: 'First round of meetings' })).toBeVisible();
    // First what happened; what the launch expected, beside it, names the day again.
    await expect(panel.getByText('February 28, 2022', { exact: true }).first()).toBeVisible();
    await expect(
      panel.getByText('February 28, 2022, Washington · March 1, 2022, Tokyo', { exact: true }),
    ).toBeVisible();
    await expect(panel.getByText('Held', { exact: true }).first()).toBeVisible();
    // The date in words carries the date machines read.
    await expect(panel.locator('time', { hasText: 'February 28, 2022' })).toHaveAttribute(
      'datetime',
      '2022-02-28',
    );
  });

  test('a range of days is said in words without a date HTML cannot state', async ({ page }) => {
    await open(page);
    await mark(page, 'round-3').click();
    const panel = details(page);
    await expect(panel.getByText('February 2\u2009–\u20093, 2023', { exact: true })).toBeVisible();
    // HTML's datetime has no form for a range: '2023-02-02/2023-02-03' would be invalid.
    await expect(panel.locator('time', { hasText: 'February 2' })).toHaveCount(0);
    const values = await panel
      .locator('time')
      .evaluateAll((all) => all.map((time) => time.getAttribute('datetime')));
    for (const value of values) expect(value).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  test('the detail panel names the people, quotes the source and links it over https', async ({
    page,
  }) => {
    await open(page);
    await mark(page, 'round-1').click();
    const panel = details(page);
    await expect(panel.getByText('Michael Beeman', { exact: true })).toBeVisible();
    await expect(
      panel.getByText(/completed the first round of meetings of the United States-Japan/),
    ).toBeVisible();
    const link = panel.getByRole('link', {
      name: 'Readout of the First Round of Meetings of the U.S.-Japan Partnership on Trade',
    });
    await expect(link.first()).toHaveAttribute('href', /^https:\/\//);
  });

  test('the selected mark is marked selected and the others are not', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').click();
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    await expect(timeline(page).locator('[data-selected]')).toHaveCount(1);
  });

  test('the topic panels of the selected event are marked related', async ({ page }) => {
    await open(page);
    await mark(page, 'g7-hiroshima-summit-2023').click();
    await expect(topicPanel(page, 'multilateral-cooperation')).toHaveAttribute('data-related', '');
    await expect(topicPanel(page, 'labor')).not.toHaveAttribute('data-related');
    await mark(page, 'round-1').click();
    for (const id of ['labor', 'digital-economy', 'environment', 'bilateral-issues']) {
      await expect(topicPanel(page, id)).toHaveAttribute('data-related', '');
    }
  });

  test('selecting an event writes it to the URL hash', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').click();
    await expect.poll(async () => (await hashParams(page)).event).toBe('round-1');
  });

  test('the second round shows what was expected beside what happened', async ({ page }) => {
    await open(page);
    await mark(page, 'round-2').click();
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: 'Second round of meetings' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Expected beforehand' })).toBeVisible();
    await expect(panel.getByText('Summer 2022', { exact: true })).toBeVisible();
    await expect(panel.getByText(/expect to hold the next round .* summer of 2022/)).toBeVisible();
    await expect(panel.getByText(/Readout of the First Round of Meetings/).first()).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'What happened' })).toBeVisible();
    await expect(panel.getByText(/August 22, 2022/).first()).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('Tab reaches a mark and ArrowRight moves to the next event in time order', async ({
    page,
  }) => {
    await open(page);
    let id: string | null = null;
    for (let i = 0; i < 20 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    }
    expect(id).toBe('partnership-launch');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe('round-1');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe('round-2');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe('round-1');
  });

  test('End and Home reach the last and first events without moving a view that shows them', async ({
    page,
  }) => {
    await open(page);
    const inTime = dataset.events.map((event) => `${event.date} ${event.id}`).sort();
    const first = inTime[0]!.split(' ')[1]!;
    const last = inTime.at(-1)!.split(' ')[1]!;
    await mark(page, first).focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe(last);
    await expect(mark(page, first), 'the first event stays in view').toBeVisible();
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
      .toBe(first);
    await expect(mark(page, last), 'the last event stays in view').toBeVisible();
  });

  test('Enter selects the focused mark and Escape clears the selection', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').focus();
    await page.keyboard.press('Enter');
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    await expect(
      details(page).getByRole('heading', { name: 'First round of meetings' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(timeline(page).locator('[data-selected]')).toHaveCount(0);
    await expect(details(page).getByRole('heading', { level: 3 })).toHaveCount(0);
    await expect.poll(async () => (await hashParams(page)).event ?? null).toBeNull();
  });

  test('+ on a focused mark narrows the visible window', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').focus();
    await page.keyboard.press('+');
    const zoomed = await windowInHash(page);
    expect(days(zoomed.from, zoomed.to)).toBeLessThan(700);
  });

  test('- on the timeline widens the visible window', async ({ page }) => {
    // Opened zoomed in: two animated button presses could write their windows to the
    // hash one by one on a slow machine, and the second would pass for the wider one.
    await open(page, '/#from=2022-01-01&to=2022-07-01');
    const zoomed = await windowInHash(page);
    await page.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Tab');
    await expect(timeline(page).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('-');
    const wider = await nextWindow(page, zoomed);
    expect(days(wider.from, wider.to)).toBeGreaterThan(days(zoomed.from, zoomed.to));
  });

  test('0 on the timeline shows the whole dataset again', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await windowInHash(page);
    await page.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Tab');
    await expect(timeline(page).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('0');
    await expect.poll(async () => (await hashParams(page)).from ?? null).toBeNull();
  });

  test('focus stays on the timeline after zooming in with +, so + can be pressed again', async ({
    page,
  }) => {
    await open(page);
    await mark(page, 'round-1').focus();
    await page.keyboard.press('+');
    const zoomed = await windowInHash(page);
    const focusInTimeline = () =>
      page.evaluate(() => !!document.activeElement?.closest('svg[role="group"]'));
    await expect.poll(focusInTimeline).toBe(true);
    await page.keyboard.press('+');
    const closer = await nextWindow(page, zoomed);
    expect(days(closer.from, closer.to)).toBeLessThan(days(zoomed.from, zoomed.to));
  });
});

test('the focus ring of a day fits its dot, however far the view is zoomed in', async ({
  page,
}) => {
  // Three days across the screen: the day of round 1 is a third of it.
  await open(page, '/#from=2022-02-27&to=2022-03-02');
  await mark(page, 'round-1').focus();
  const ring = (await mark(page, 'round-1').locator('.ring').boundingBox())!;
  const dot = (await mark(page, 'round-1').locator('.shape').boundingBox())!;
  expect(ring.width).toBeLessThan(dot.width + 16);
  expect(ring.x).toBeLessThanOrEqual(dot.x);
});

test.describe('zoom and pan', () => {
  test('the Zoom in button narrows the axis and writes the window to the hash', async ({
    page,
  }) => {
    await open(page);
    const before = await axisWords(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await windowInHash(page);
    expect(days(zoomed.from, zoomed.to)).toBeGreaterThan(30);
    await expect.poll(() => axisWords(page)).not.toEqual(before);
  });

  test('Zoom out widens the window and Show all returns to the whole dataset', async ({ page }) => {
    await open(page);
    const before = await axisWords(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const first = await windowInHash(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const second = await nextWindow(page, first);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const third = await nextWindow(page, second);
    expect(days(third.from, third.to)).toBeGreaterThan(days(second.from, second.to));
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await hashParams(page)).from ?? null).toBeNull();
    await expect.poll(() => axisWords(page)).toEqual(before);
  });

  test('Zoom in only ever narrows the view on its way, zoomed in or not', async ({ page }) => {
    await open(page);
    const box = (await timeline(page).boundingBox())!;
    const summer = (await page.locator('[data-event-id="round-2"] .expected').boundingBox())!;
    // Zoomed in by the wheel over that span, off the view's centre, low in the plot: the
    // move to the next window then shifts the centre, which the smooth zoom took a detour for.
    expect(summer.x + summer.width / 2).toBeLessThan(box.x + box.width / 3);
    await page.mouse.move(summer.x + summer.width / 2, box.y + 200);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(500);
    const before = await windowInHash(page);
    // The width of the summer of 2022 that a source expected, on every frame of the move.
    await page.evaluate(() => {
      const widths: number[] = [];
      (window as unknown as { widths: number[] }).widths = widths;
      const start = performance.now();
      const frame = () => {
        const span = document.querySelector('[data-event-id="round-2"] .expected');
        if (span) widths.push(span.getBoundingClientRect().width);
        if (performance.now() - start < 800) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).not.toHaveURL(new RegExp(`from=${before.from}&`));
    await page.waitForTimeout(900);
    const widths = await page.evaluate(() => (window as unknown as { widths: number[] }).widths);
    expect(widths.length).toBeGreaterThan(5);
    for (let i = 1; i < widths.length; i++) {
      expect(widths[i]!).toBeGreaterThanOrEqual(widths[i - 1]! - 0.5);
    }
  });

  test('a click that moves a pixel or two still selects the mark', async ({ page }) => {
    await open(page);
    const box = (await mark(page, 'round-1').locator('.shape').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 2, y + 1);
    await page.mouse.up();
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
  });

  test('the mouse wheel over the timeline zooms in', async ({ page }) => {
    await open(page);
    const box = (await timeline(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    const zoomed = await windowInHash(page);
    expect(days(zoomed.from, zoomed.to)).toBeLessThan(700);
  });

  test('the first wheel over a timeline opened zoomed in starts from that window', async ({
    page,
  }) => {
    await open(page, '/#from=2022-03-01&to=2022-09-01');
    const before = await windowInHash(page);
    const box = (await timeline(page).boundingBox())!;
    // No pause: the wheel comes while the zoom gestures are still being loaded.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    const after = await nextWindow(page, before);
    expect(days(after.from, after.to)).toBeLessThan(days(before.from, before.to));
    expect(Date.parse(after.from)).toBeGreaterThan(Date.parse(before.from));
  });

  test('dragging the zoomed timeline pans the visible window', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const before = await windowInHash(page);
    const box = (await timeline(page).boundingBox())!;
    const y = box.y + box.height - 20;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, y, { steps: 8 });
    await page.mouse.move(box.x + box.width / 2 - 300, y, { steps: 8 });
    await page.mouse.up();
    const after = await nextWindow(page, before);
    expect(Date.parse(after.from)).toBeGreaterThan(Date.parse(before.from));
    expect(days(after.from, after.to)).toBeCloseTo(days(before.from, before.to), -1);
  });
});

test.describe('sideways wheel', () => {
  /** Open at a zoomed window with the pointer over the timeline. */
  async function overZoomedTimeline(page: Page) {
    await open(page, '/#from=2022-03-01&to=2022-09-01');
    const box = (await timeline(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    return windowInHash(page);
  }

  test('a sideways trackpad swipe pans to later dates and keeps the span', async ({ page }) => {
    const before = await overZoomedTimeline(page);
    await page.mouse.wheel(300, 10);
    const after = await nextWindow(page, before);
    expect(Date.parse(after.from)).toBeGreaterThan(Date.parse(before.from));
    expect(days(after.from, after.to)).toBeCloseTo(days(before.from, before.to), 0);
  });

  test('a swipe the other way pans to earlier dates', async ({ page }) => {
    const before = await overZoomedTimeline(page);
    await page.mouse.wheel(-300, 0);
    const after = await nextWindow(page, before);
    expect(Date.parse(after.from)).toBeLessThan(Date.parse(before.from));
    expect(days(after.from, after.to)).toBeCloseTo(days(before.from, before.to), 0);
  });

  test('Shift with the wheel pans instead of zooming', async ({ page }) => {
    const before = await overZoomedTimeline(page);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 300);
    await page.keyboard.up('Shift');
    const after = await nextWindow(page, before);
    expect(Date.parse(after.from)).toBeGreaterThan(Date.parse(before.from));
    expect(days(after.from, after.to)).toBeCloseTo(days(before.from, before.to), 0);
  });

  test('a pinch on a trackpad (a wheel with Ctrl) still zooms', async ({ page }) => {
    const before = await overZoomedTimeline(page);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    const after = await nextWindow(page, before);
    expect(days(after.from, after.to)).toBeLessThan(days(before.from, before.to));
  });

  test('panning stops at the edge of the reachable time, keeping the span', async ({ page }) => {
    const before = await overZoomedTimeline(page);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(5000, 0);
    await nextWindow(page, before);
    await page.waitForTimeout(400);
    const edge = await windowInHash(page);
    await page.mouse.wheel(5000, 0);
    await page.waitForTimeout(400);
    expect(await windowInHash(page)).toEqual(edge);
    expect(days(edge.from, edge.to)).toBeCloseTo(days(before.from, before.to), 0);
  });
});

test.describe('zoom buttons at the limits', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Zoom in becomes unavailable at a two-day window and keeps the focus', async ({ page }) => {
    await open(page, '/#from=2022-02-20&to=2022-03-04');
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await expect(zoomIn).not.toHaveAttribute('aria-disabled', 'true');
    await zoomIn.focus();
    let window = await windowInHash(page);
    for (let i = 0; i < 6 && (await zoomIn.getAttribute('aria-disabled')) !== 'true'; i++) {
      await page.keyboard.press('Enter');
      window = await nextWindow(page, window);
    }
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    expect(days(window.from, window.to)).toBeLessThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(zoomIn).toBeFocused();
    await page.waitForTimeout(400);
    expect(await windowInHash(page)).toEqual(window);
    await expect(page.getByRole('button', { name: 'Zoom out' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  test('Zoom out becomes unavailable at the widest window', async ({ page }) => {
    await open(page);
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    await expect(zoomOut).not.toHaveAttribute('aria-disabled', 'true');
    await zoomOut.focus();
    let window: { from: string; to: string } | null = null;
    for (let i = 0; i < 4 && (await zoomOut.getAttribute('aria-disabled')) !== 'true'; i++) {
      await page.keyboard.press('Enter');
      window = await nextWindow(page, window);
    }
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Space');
    await expect(zoomOut).toBeFocused();
    await page.waitForTimeout(400);
    expect(await windowInHash(page)).toEqual(window);
    await expect(page.getByRole('button', { name: 'Zoom in' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  test('Show all is unavailable while the whole dataset is shown', async ({ page }) => {
    await open(page);
    const showAll = page.getByRole('button', { name: 'Show all' });
    await expect(showAll).toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await windowInHash(page);
    await expect(showAll).not.toHaveAttribute('aria-disabled', 'true');
    await showAll.click();
    await expect.poll(async () => (await hashParams(page)).from ?? null).toBeNull();
    await expect(showAll).toHaveAttribute('aria-disabled', 'true');
  });
});

test('a period out of view shows no label over the view', async ({ page }) => {
  const label = (name: string) =>
    timeline(page).locator('[data-period-id] > text', { hasText: name });
  await open(page, '/#from=2022-05-15&to=2022-09-15');
  await expect(mark(page, 'round-2')).toBeVisible();
  await expect(label('Japan’s G7 host year')).toHaveCount(0);
  await expect(label('United States’ APEC host year')).toHaveCount(0);
  await open(page, '/');
  await expect(label('Japan’s G7 host year')).toBeVisible();
  await expect(label('United States’ APEC host year')).toBeVisible();
});

test('a period label stays over its band, cut short where the band in view is narrow', async ({
  page,
}) => {
  // 2023 takes the last three weeks of this window: a sliver of band at the right.
  await open(page, '/#from=2022-06-01&to=2023-01-20');
  const bands = timeline(page).locator('[data-period-id]');
  await expect(bands.first().locator('text')).toHaveText(/^United…/);
  for (const band of await bands.all()) {
    const [text, rect] = await Promise.all([
      band.locator('text').boundingBox(),
      band.locator('rect').boundingBox(),
    ]);
    expect(text!.x).toBeGreaterThanOrEqual(rect!.x);
    expect(text!.x + text!.width).toBeLessThanOrEqual(rect!.x + rect!.width);
  }
});

test.describe('the legend', () => {
  const items = (page: Page, group: string) =>
    page
      .getByRole('group', { name: 'Legend' })
      .getByRole('list', { name: group })
      .getByRole('listitem');

  test('explains the shapes and statuses the data draws, and no others', async ({ page }) => {
    await open(page);
    await expect(items(page, 'Date')).toHaveText([
      'A single day',
      'Exact interval',
      'Interval with an approximate or uncertain start',
      'Expected beforehand',
    ]);
    await expect(items(page, 'Status')).toHaveText(['Held', 'Period']);
  });

  test('grows with every status and an uncertain day, each drawn its own way', async ({ page }) => {
    const events = dataset.events.map((event, i) => ({
      ...event,
      status: ['held', 'announced', 'postponed', 'cancelled', 'scheduled', 'expected'][i] ?? 'held',
      date: i === 6 ? `${event.date.slice(0, 10)}?` : event.date,
    }));
    await serve(page, '/every-status.json', JSON.stringify({ ...dataset, events }));
    await open(page, '/?data=/every-status.json');
    await expect(items(page, 'Date')).toHaveText([
      'A single day',
      'An approximate or uncertain day',
      'Exact interval',
      'Interval with an approximate or uncertain start',
      'Expected beforehand',
    ]);
    await expect(items(page, 'Status')).toHaveText([
      'Held',
      'Scheduled',
      'Expected',
      'Announced',
      'Postponed',
      'Cancelled',
      'Period',
    ]);
    // A cancelled event is struck through; an uncertain day is still a dot.
    const cancelled = dataset.events[3]!.id;
    await expect(mark(page, cancelled).locator('line.strike')).toHaveCount(1);
    const uncertain = (await mark(page, dataset.events[6]!.id)
      .locator('rect.shape')
      .boundingBox())!;
    expect(uncertain.width).toBeGreaterThanOrEqual(12);
  });
});
