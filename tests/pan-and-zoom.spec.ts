import type { Page } from '@playwright/test';
import {
  axisWords,
  dataset,
  days,
  expect,
  hashParams,
  isInTimelineView,
  mark,
  nextWindow,
  open,
  serve,
  test,
  timeline,
  windowInHash,
} from './helpers';

/** The timeline's drawing, with or without marks in it. */
const drawing = (page: Page) => page.locator('svg[role="group"]');

/** The events whose marks are drawn, centre inside the timeline's visible width. */
async function eventsInView(page: Page): Promise<string[]> {
  const svg = drawing(page);
  const plot = (await svg.boundingBox())!;
  return svg.locator('[data-event-id] .shape').evaluateAll(
    (shapes, [left, right]) =>
      shapes
        .filter((shape) => {
          const box = shape.getBoundingClientRect();
          const centre = box.x + box.width / 2;
          return centre >= left! && centre <= right!;
        })
        .map((shape) => shape.closest('[data-event-id]')!.getAttribute('data-event-id')!),
    [plot.x, plot.x + plot.width],
  );
}

/** Drag the timeline sideways by `dx` pixels, in steps, low in the plot. */
async function drag(page: Page, dx: number) {
  const box = (await drawing(page).boundingBox())!;
  const y = box.y + box.height - 20;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
}

/** The first and last days of the default dataset's events, as ISO dates. */
const dates = dataset.events.flatMap((event) => event.date.match(/\d{4}-\d{2}-\d{2}/g) ?? []);
const FIRST = dates.reduce((a, b) => (a < b ? a : b));
const LAST = dates.reduce((a, b) => (a > b ? a : b));

test.describe('held to the data', () => {
  const ZOOMED = '/#from=2022-03-01&to=2022-09-01';

  test('a drag far into the past or the future leaves an event in view', async ({ page }) => {
    await open(page, ZOOMED);
    let window = await windowInHash(page);
    for (const dx of [6000, -12000]) {
      for (let i = 0; i < 4; i++) await drag(page, dx / 4);
      window = await nextWindow(page, window);
      expect(await eventsInView(page), `after a drag of ${dx} px`).not.toEqual([]);
    }
  });

  test('a sideways wheel far into the past or the future leaves an event in view', async ({
    page,
  }) => {
    await open(page, ZOOMED);
    const box = (await timeline(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let window = await windowInHash(page);
    for (const dx of [5000, -5000]) {
      for (let i = 0; i < 12; i++) await page.mouse.wheel(dx, 0);
      window = await nextWindow(page, window);
      expect(await eventsInView(page), `after swipes of ${dx} px`).not.toEqual([]);
    }
  });

  test('a pan stops a tenth of the window past the first and the last event', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const wide = await windowInHash(page);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await hashParams(page)).from ?? null).toBeNull();
    await drag(page, 2000);
    const early = await windowInHash(page);
    // No window before the data holds more than a tenth of empty days (a day's slack for
    // the hash's rounding); zoomed out as far as it goes, the data is in the middle.
    expect(days(early.from, FIRST)).toBeLessThanOrEqual(days(early.from, early.to) / 10 + 1);
    await drag(page, -4000);
    const late = await nextWindow(page, early);
    expect(days(LAST, late.to)).toBeLessThanOrEqual(days(late.from, late.to) / 10 + 2);
    expect(Math.abs(days(wide.from, FIRST) - days(LAST, wide.to))).toBeLessThanOrEqual(2);
  });

  test('"Show all" just after a wheel shows all the data, not the wheel’s window', async ({
    page,
  }) => {
    await open(page);
    const all = await axisWords(page);
    const box = (await timeline(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 100);
    // At once: d3-zoom still holds the wheel's gesture for 150 ms after its last notch.
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => axisWords(page)).toEqual(all);
    await page.waitForTimeout(400);
    expect((await hashParams(page)).from).toBeUndefined();
    await expect(page.getByRole('button', { name: 'Show all' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});

test.describe('the wheel', () => {
  test('one notch narrows the window by a fifth or so, not by more than a third', async ({
    page,
  }) => {
    await open(page, '/#from=2022-01-01&to=2023-01-01');
    const before = await windowInHash(page);
    const box = (await timeline(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    const after = await nextWindow(page, before);
    const factor = days(before.from, before.to) / days(after.from, after.to);
    expect(factor).toBeGreaterThanOrEqual(1.18);
    expect(factor).toBeLessThanOrEqual(1.27);
  });
});

test.describe('panning by key', () => {
  test('Shift+→ pans a fifth of the window later, and Shift+← back, on the same event', async ({
    page,
  }) => {
    await open(page, '/#from=2022-01-01&to=2022-07-01');
    await expect(page.getByText(/Shift with left or right pans/)).toBeVisible();
    const before = await windowInHash(page);
    await mark(page, 'round-1').focus();
    await page.keyboard.press('Shift+ArrowRight');
    const later = await nextWindow(page, before);
    expect(days(later.from, later.to)).toBeCloseTo(days(before.from, before.to), 0);
    expect(days(before.from, later.from)).toBeCloseTo(days(before.from, before.to) / 5, 0);
    await expect(mark(page, 'round-1')).toBeFocused();
    await page.keyboard.press('Shift+ArrowLeft');
    const back = await nextWindow(page, later);
    expect(days(before.from, back.from)).toBeCloseTo(0, 0);
    await expect(mark(page, 'round-1')).toBeFocused();
    expect((await hashParams(page)).event).toBeUndefined();
  });

  test('an event panned out of view keeps the keyboard: → goes on from it', async ({ page }) => {
    await open(page, '/#from=2022-01-01&to=2022-07-01');
    let window = await windowInHash(page);
    await mark(page, 'round-1').focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+ArrowRight');
      window = await nextWindow(page, window);
    }
    expect(await isInTimelineView(page, 'round-1')).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, 'round-2')).toBeFocused();
  });

  test('Shift+→ pans the density view too, from a bar', async ({ page }) => {
    // Four one-day events a day for four years: too many in view to draw one by one.
    const events = Array.from({ length: 6000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      date: new Date(Date.UTC(2022, 0, 1) + Math.floor(i / 4) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      status: 'held',
      topics: [],
      sources: [{ source: 's', note: 'Generated.' }],
    }));
    const source = { id: 's', title: 'S', publisher: 'P', url: 'https://example.org/' };
    const sources = [{ ...source, published: '2022', level: 'primary' }];
    await serve(page, '/many.json', JSON.stringify({ title: 'Many', sources, topics: [], events }));
    await open(page, '/?data=/many.json#from=2022-03-01&to=2023-09-01');
    const before = await windowInHash(page);
    const bars = page.getByRole('group', { name: /events in view/ }).getByRole('button');
    await bars.first().focus();
    await page.keyboard.press('Shift+ArrowRight');
    const later = await nextWindow(page, before);
    expect(days(before.from, later.from)).toBeCloseTo(days(before.from, before.to) / 5, 0);
  });

  test('the keys say so in Japanese too', async ({ page }) => {
    await open(page, '/?lang=ja');
    await expect(page.getByText(/Shiftと左右の矢印キーで表示範囲を移動/)).toBeVisible();
  });
});
