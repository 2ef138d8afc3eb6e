import { axeViolations, dataset, expect, hashParams, mark, open, test } from './helpers';
import type { Page } from '@playwright/test';

/** The title card, then each of the dataset's stops. */
const STOPS = (dataset.stops as unknown[]).length + 1;

const stage = (page: Page) => page.getByRole('region', { name: 'Presentation' });
const counter = (page: Page) => stage(page).getByText(new RegExp(`^\\d+ / ${STOPS}$`));

/** Whether the page scrolls either way. */
const scrolls = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1;
  });

test.describe('presenter mode', () => {
  test('?present=1 opens on a title card at the first stop and says where it is', async ({
    page,
  }) => {
    await open(page, '/?present=1');
    await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
    await expect(stage(page).getByRole('heading', { level: 1 })).toHaveText(
      'U.S.-Japan Partnership on Trade',
    );
    await expect(stage(page)).toBeFocused();
    await expect.poll(async () => (await hashParams(page)).stop).toBe('1');
  });

  test("a clicker's PageDown and PageUp step through the stops, and the hash keeps the place", async ({
    page,
  }) => {
    await open(page, '/?present=1');
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`2 / ${STOPS}`);
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`3 / ${STOPS}`);
    await expect.poll(async () => (await hashParams(page)).stop).toBe('3');
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(`2 / ${STOPS}`);
  });

  test('a key pressed while nothing has the focus (a focused mark left the view) still steps', async ({
    page,
  }) => {
    await open(page, '/?present=1');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(stage(page)).not.toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`2 / ${STOPS}`);
  });

  test('arrows and Space step too, Shift+Space goes back, Home and End go to the ends', async ({
    page,
  }) => {
    await open(page, '/?present=1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(counter(page)).toHaveText(`3 / ${STOPS}`);
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${STOPS} / ${STOPS}`);
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
  });

  test('#stop=N opens at that stop, with its event selected and its note on the stage', async ({
    page,
  }) => {
    await open(page, '/?present=1#stop=4');
    await expect(counter(page)).toHaveText(`4 / ${STOPS}`);
    const stop = (dataset.stops as { event?: string; note: { en: string } }[])[2]!;
    await expect(stage(page).getByText(stop.note.en)).toBeVisible();
    if (stop.event) await expect(mark(page, stop.event)).toHaveAttribute('data-selected', '');
  });

  test('each stop is announced to a screen reader', async ({ page }) => {
    await open(page, '/?present=1');
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('status').filter({ hasText: `Stop 2 of ${STOPS}` })).toBeAttached();
  });

  test('B blanks the stage and B again shows it; "." and Esc do the same', async ({ page }) => {
    await open(page, '/?present=1');
    await page.keyboard.press('b');
    const blank = page.getByText('The screen is blank: press B to show it again');
    await expect(blank).toBeVisible();
    await page.keyboard.press('b');
    await expect(blank).toBeHidden();
    await page.keyboard.press('.');
    await expect(blank).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(blank).toBeHidden();
  });

  test('F fills the screen with the stage, and Esc leaves full screen', async ({ page }) => {
    await open(page, '/?present=1');
    await page.keyboard.press('f');
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.tagName))
      .toBe('SECTION');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('the Present button presents the full app, and Esc comes back to it', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`2 / ${STOPS}`);
    await page.keyboard.press('Escape');
    await expect(stage(page)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('?autoplay=2 moves on by itself, and a key holds it', async ({ page }) => {
    await page.clock.install();
    await open(page, '/?present=1&autoplay=2');
    await page.clock.runFor(2100);
    await expect(counter(page)).toHaveText(`2 / ${STOPS}`);
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`3 / ${STOPS}`);
    await page.clock.runFor(6100);
    await expect(counter(page)).toHaveText(`3 / ${STOPS}`);
  });

  test('under reduced motion there is no autoplay', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await open(page, '/?present=1&autoplay=2');
    await page.clock.runFor(4100);
    await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
  });

  test('axe finds nothing in presenter mode, on a stop with a card, and blanked', async ({
    page,
  }) => {
    await open(page, '/?present=1');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(stage(page).getByRole('article')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('b');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the stage (?embed=1)', () => {
  for (const [width, height] of [
    [400, 300],
    [960, 700],
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    test(`fills a ${width} x ${height} frame with no scrollbars, the card on the stage`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, '/?embed=1#event=round-1');
      expect(await scrolls(page)).toBe(false);
      const card = page.getByRole('article').filter({ hasText: 'First round of meetings' });
      const box = (await card.boundingBox())!;
      expect(box.y).toBeLessThan(height);
      const plot = (await page.locator('svg[role="group"]').boundingBox())!;
      // The timeline takes most of the height.
      expect(plot.height).toBeGreaterThan(height * 0.45);
    });
  }

  test('labels are at least 24 px on a 1080p stage, and ?scale= makes them larger', async ({
    page,
  }) => {
    const labelSize = () =>
      page
        .locator('svg [data-event-id] text')
        .first()
        .evaluate((text) => {
          const svg = text as SVGTextElement;
          return parseFloat(getComputedStyle(svg).fontSize) * (svg.getScreenCTM()?.a ?? 1);
        });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open(page, '/?embed=1');
    const plain = await labelSize();
    expect(plain).toBeGreaterThanOrEqual(24);
    await open(page, '/?embed=1&scale=1.5');
    expect(await labelSize()).toBeCloseTo(plain * 1.5, 0);
  });

  test('the stage shows no page header, topics or list, and links to the full app at this view', async ({
    page,
  }) => {
    await open(page, '/?embed=1#event=round-2');
    await expect(page.getByRole('region', { name: 'Topics' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /List of events/ })).toHaveCount(0);
    const link = page.getByRole('link', { name: 'Open the full timeline' });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.hash).toContain('event=round-2');
    await expect(link).toHaveAttribute('target', '_blank');
  });

  test('axe finds nothing on the stage with a card', async ({ page }) => {
    await open(page, '/?embed=1#event=round-1');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('Share / embed', () => {
  test('gives a link to this exact view and an iframe snippet with the choices made', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/#event=round-2');
    await page.getByRole('button', { name: 'Share or embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
    await expect(dialog.getByRole('textbox', { name: 'A link to this view' })).toHaveValue(
      /#event=round-2$/,
    );
    await dialog.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('720');
    const snippet = dialog.getByRole('textbox', { name: 'Embed in a page or a slide' });
    await expect(snippet).toHaveValue(
      /^<iframe src="[^"]*embed=1[^"]*lang=ja[^"]*theme=dark[^"]*present=1/,
    );
    await expect(snippet).toHaveValue(/height="720"/);
    await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
    await expect(dialog.getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe /);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
