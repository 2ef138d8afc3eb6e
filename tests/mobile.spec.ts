import type { Page } from '@playwright/test';
import {
  axisWords,
  days,
  expect,
  hashParams,
  mark,
  nextWindow,
  open,
  test,
  timeline,
  windowInHash,
} from './helpers';

type Point = readonly [x: number, y: number];

/**
 * Fingers moving from their first to their second point, as a phone's touch screen
 * reports them: a start, ten moves a frame apart, an end.
 */
async function touchGesture(page: Page, fingers: (readonly [Point, Point])[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) =>
    fingers.map(([[x0, y0], [x1, y1]], id) => ({
      x: x0 + (x1 - x0) * t,
      y: y0 + (y1 - y0) * t,
      id,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** A point on the timeline, well inside the screen. */
async function onTimeline(page: Page): Promise<Point> {
  const box = (await timeline(page).boundingBox())!;
  return [box.x + box.width / 2, box.y + 120];
}

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the page does not scroll sideways', async ({ page }) => {
    await open(page);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  test('the timeline renders its marks within the screen', async ({ page }) => {
    await open(page);
    await expect(timeline(page)).toBeVisible();
    const box = (await timeline(page).boundingBox())!;
    expect(box.width).toBeGreaterThan(250);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expect(mark(page, 'round-1')).toBeVisible();
  });

  test('every toolbar button fits on the screen once an event is selected', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').tap();
    const clear = page.getByRole('button', { name: 'Clear selection and filters' });
    await expect(clear).toBeVisible();
    const box = (await clear.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });

  test('a vertical swipe that starts on the timeline scrolls the page', async ({ page }) => {
    await open(page);
    const [x, y] = await onTimeline(page);
    await touchGesture(page, [
      [
        [x, y + 40],
        [x + 4, y - 160],
      ],
    ]);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await page.waitForTimeout(400);
    expect((await hashParams(page)).from).toBeUndefined();
  });

  test('a horizontal swipe on the timeline pans it, not the page', async ({ page }) => {
    await open(page, '/#from=2022-03-01&to=2022-09-01');
    const before = await windowInHash(page);
    const [x, y] = await onTimeline(page);
    await touchGesture(page, [
      [
        [x + 100, y],
        [x - 100, y + 8],
      ],
    ]);
    const after = await nextWindow(page, before);
    expect(Date.parse(after.from)).toBeGreaterThan(Date.parse(before.from));
    expect(days(after.from, after.to)).toBeCloseTo(days(before.from, before.to), 0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test('a two-finger pinch on the timeline zooms it', async ({ page }) => {
    await open(page, '/#from=2022-03-01&to=2022-09-01');
    const before = await windowInHash(page);
    const [x, y] = await onTimeline(page);
    await touchGesture(page, [
      [
        [x - 30, y],
        [x - 100, y],
      ],
      [
        [x + 30, y],
        [x + 100, y],
      ],
    ]);
    const after = await nextWindow(page, before);
    expect(days(after.from, after.to)).toBeLessThan(days(before.from, before.to) / 2);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test('a tap on a mark shows its card as a sheet on the screen; Full details goes to the details, heading and all', async ({
    page,
  }) => {
    await open(page);
    await mark(page, 'round-1').tap();
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    const card = page.locator('[data-card-id="round-1"]');
    await expect(card).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Full details' }).tap();
    const panel = page.getByRole('region', { name: 'Details' });
    await expect(panel.getByRole('heading', { name: 'First round of meetings' })).toBeVisible();
    // Scrolled to the panel's own heading, not past it.
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await expect(panel.getByRole('heading', { name: 'Details' })).toBeInViewport({ ratio: 1 });
  });
});

/** Pairs of mark labels on the timeline whose boxes overlap, by their words. */
async function labelOverlaps(page: Page): Promise<string[]> {
  const boxes = await timeline(page)
    .locator('[data-event-id] text')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const r = node.getBoundingClientRect();
        return { text: node.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      }),
    );
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
      .map((b) => `${a.text} / ${b.text}`),
  );
}

test.describe('labels on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a year that begins at the right edge is named there, under its first quarter', async ({
    page,
  }) => {
    // January 2023 is 24 days from the end: "2023" cannot follow its boundary.
    await open(page, '/#from=2022-01-01&to=2023-01-25');
    const words = await axisWords(page);
    expect(words).toContain('2022');
    expect(words).toContain('2023');
  });

  test('a label a later mark leaves no room for shows its first words, and overlaps nothing', async ({
    page,
  }) => {
    await open(page);
    // A later mark in its lane leaves the Task Force launch's long title room for a few words.
    await expect(mark(page, 'task-force-launch').locator('text')).toHaveText(/^Launch of .*…$/);
    expect(await labelOverlaps(page)).toEqual([]);
    // Its whole title stays in its name.
    await expect(mark(page, 'task-force-launch')).toHaveAccessibleName(
      'Launch of the Task Force on Human Rights and Labor Standards in Supply Chains, January 6, 2023, Held',
    );
  });

  test('the labels of the marks do not overlap when an event is selected', async ({ page }) => {
    await open(page, '/#event=round-1');
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    expect(await labelOverlaps(page)).toEqual([]);
  });
});
