/**
 * Reading the timeline: the answer where the eye is (a card by the mark, a sheet on a
 * phone, a short card on hover and focus), search, the marks' topic colours, and a
 * timeline that uses its room.
 */
import { axeViolations, expect, mark, open, serve, test, timeline, hashParams } from './helpers';
import type { Page } from '@playwright/test';

const card = (page: Page, id: string) => page.locator(`[data-card-id="${id}"]`);

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
  [390, 844],
] as const) {
  test(`at ${width} x ${height}, the selected event's card is on the first screen after a click`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    await mark(page, 'round-3').click();
    await expect(card(page, 'round-3')).toBeInViewport({ ratio: 1 });
    await expect(card(page, 'round-3')).toContainText('Third round of meetings');
    await expect(card(page, 'round-3')).toContainText('February 2');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the card closes with its button, and the keyboard goes back to the mark', async ({
  page,
}) => {
  await open(page);
  await mark(page, 'round-1').click();
  await page.getByRole('button', { name: 'Close the card' }).click();
  await expect(card(page, 'round-1')).toHaveCount(0);
  await expect(mark(page, 'round-1')).not.toHaveAttribute('data-selected', '');
  await expect(mark(page, 'round-1')).toBeFocused();
});

test('Full details takes the reader and the keyboard to the details', async ({ page }) => {
  await open(page);
  await mark(page, 'round-2').click();
  await page.getByRole('button', { name: 'Full details' }).click();
  const heading = page
    .getByRole('region', { name: 'Details' })
    .getByRole('heading', { name: 'Details' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('pointing at a mark, or focusing it, shows a short card: title and date', async ({ page }) => {
  await open(page);
  await mark(page, 'round-4').hover();
  const brief = page.locator('.card.brief');
  await expect(brief).toContainText('Fourth round of meetings');
  await expect(brief).toContainText('December 14');
  await mark(page, 'round-5').focus();
  await expect(brief).toContainText('Fifth round of meetings');
});

test.describe('search', () => {
  const field = (page: Page) => page.getByRole('combobox', { name: 'Search events' });
  const results = (page: Page) => page.getByRole('listbox', { name: 'Events found' });

  test("finds events by a person's name as it is typed, and Enter chooses the first", async ({
    page,
  }) => {
    await open(page);
    await field(page).fill('Beeman');
    await expect(results(page).getByRole('option')).toHaveCount(2);
    await expect(results(page).getByRole('option').first()).toContainText(
      'First round of meetings',
    );
    await page.keyboard.press('Enter');
    await expect(mark(page, 'round-1')).toHaveAttribute('data-selected', '');
    await expect(results(page)).toBeHidden();
  });

  test('finds an event by a Japanese word on an English page, chosen with the arrows', async ({
    page,
  }) => {
    await open(page);
    await field(page).fill('重要鉱物');
    const options = results(page).getByRole('option');
    await expect(options.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(field(page)).toHaveAttribute('aria-activedescendant', /hit-1$/);
    const chosen = (await options.nth(1).locator('.title').textContent())!;
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-card-id]')).toContainText(chosen);
  });

  test('says when nothing is found, and Esc closes then clears', async ({ page }) => {
    await open(page);
    await field(page).fill('zebra');
    await expect(page.getByText('No event has “zebra”')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByText('No event has “zebra”')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
  });

  test('the hash keeps the query, and opening it puts the query back in the field', async ({
    page,
  }) => {
    await open(page);
    await field(page).fill('Task Force');
    await expect.poll(async () => (await hashParams(page)).q).toBe('Task Force');
    await open(page, '/?lang=ja#q=%E5%8A%B4%E5%83%8D');
    await expect(page.getByRole('combobox', { name: '出来事を検索' })).toHaveValue('労働');
  });

  test('axe finds nothing with the results open', async ({ page }) => {
    await open(page);
    await field(page).fill('round');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a phone, the field opens over the toolbar and its results are on the screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    await field(page).click();
    await page.keyboard.type('Tai');
    await expect(results(page)).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("each mark shows its topics' colours, one segment per topic", async ({ page }) => {
  await open(page, '/?theme=light');
  await page.mouse.move(0, 0);
  /** The colours seen along the band over a mark's shape, one sample a topic's segment. */
  const band = async (id: string, topics: number) => {
    const shape = (await mark(page, id).locator('rect.shape').boundingBox())!;
    // As wide as the shape, or 5 px a topic; 4 px high, its top 6.5 px above the shape's.
    const width = Math.max(shape.width, topics * 5);
    const clip = {
      x: shape.x + shape.width / 2 - width / 2,
      y: shape.y - 6.5,
      width,
      height: 4,
    };
    const picture = (await page.screenshot({ clip })).toString('base64');
    return page.evaluate(
      async ({ picture, topics }) => {
        const blob = await (await fetch(`data:image/png;base64,${picture}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return Array.from({ length: topics }, (_, i) => {
          const x = Math.floor(((i + 0.5) * bitmap.width) / topics);
          return [...context.getImageData(x, 2, 1, 1).data.slice(0, 3)].join(',');
        });
      },
      { picture, topics },
    );
  };
  // The first round touched seven topics; the launch of the Task Force, one (labor).
  expect(new Set(await band('round-1', 7)).size).toBe(7);
  const launch = await band('task-force-launch', 3);
  expect(new Set(launch).size).toBe(1);
  expect(launch[0]).not.toBe('255,255,255');
});

test('a meeting of two days stays a bar, wide enough to see and to point at', async ({ page }) => {
  await open(page);
  const box = (await mark(page, 'round-3').locator('rect.shape').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(10);
});

test('the timeline is as high as its lanes need, and a taller screen gives it more room', async ({
  page,
}) => {
  const source = {
    id: 's',
    title: 'S',
    publisher: 'P',
    url: 'https://example.org/',
    published: '2022',
    level: 'primary',
  };
  const event = (id: string, date: string) => ({
    id,
    title: id,
    date,
    status: 'held',
    topics: [],
    sources: [{ source: 's', quote: 'Q.' }],
  });
  await serve(
    page,
    '/two.json',
    JSON.stringify({
      title: 'Two',
      sources: [source],
      topics: [],
      events: [event('a', '2022-01-01'), event('b', '2022-06-01')],
    }),
  );
  await open(page, '/?data=/two.json');
  const few = (await timeline(page).boundingBox())!.height;
  await open(page);
  const many = (await timeline(page).boundingBox())!.height;
  expect(few).toBeLessThan(many - 60);
  await page.setViewportSize({ width: 1280, height: 1200 });
  await open(page);
  expect((await timeline(page).boundingBox())!.height).toBeGreaterThan(many);
});
