import { expect, mark, open, test, timeline } from './helpers';

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

  test('a tap on a mark selects it', async ({ page }) => {
    await open(page);
    await mark(page, 'round-1').tap();
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', {
        name: 'First round of meetings',
      }),
    ).toBeVisible();
  });
});

test.describe('labels on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the labels of the marks do not overlap when an event is selected', async ({ page }) => {
    await open(page, '/#event=round-1');
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    const boxes = await timeline(page)
      .locator('[data-event-id] text')
      .evaluateAll((nodes) =>
        nodes.map((node) => {
          const r = node.getBoundingClientRect();
          return { text: node.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
        }),
      );
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlaps).toEqual([]);
  });
});
