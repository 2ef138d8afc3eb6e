import type { Page } from '@playwright/test';
import { expect, mark, open, test } from './helpers';

/**
 * How strongly a mark's shape is drawn near each end: the mean difference from the
 * background (0 to 255) over the outer twentieth of its width at each side, read from a
 * screenshot of it that this Chromium decodes.
 */
async function endStrengths(page: Page, id: string): Promise<{ start: number; end: number }> {
  const box = (await mark(page, id).locator('.shape').boundingBox())!;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { width, height } = image;
    const pixels = context.getImageData(0, 0, width, height).data;
    const bg = 255;
    const strength = (from: number, to: number) => {
      let sum = 0;
      let n = 0;
      // A quarter and three quarters down: clear of the outline and of the line at the middle.
      for (const y of [Math.round(height / 4), Math.round((3 * height) / 4)]) {
        for (let x = from; x < to; x++) {
          const i = (y * width + x) * 4;
          sum += bg - (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
          n++;
        }
      }
      return sum / n;
    };
    const edge = Math.max(2, Math.round(width / 20));
    return { start: strength(0, edge), end: strength(width - edge, width) };
  }, png.toString('base64'));
}

test.describe('each end drawn by its own certainty', () => {
  test.use({ colorScheme: 'light' });

  test('an interval whose start alone is approximate fades at its start, not its end', async ({
    page,
  }) => {
    // Round 2 (2022-08-22~/2022-08-25) across half the width.
    await open(page, '/#from=2022-08-20&to=2022-08-28');
    const { start, end } = await endStrengths(page, 'round-2');
    expect(end, 'the exact end is drawn solid').toBeGreaterThan(150);
    expect(start, 'the approximate start fades out').toBeLessThan(end / 3);
  });

  test('an exact interval is solid at both ends', async ({ page }) => {
    // The G7 Hiroshima Summit (2023-05-19/2023-05-21).
    await open(page, '/#from=2023-05-18&to=2023-05-23');
    const { start, end } = await endStrengths(page, 'g7-hiroshima-summit-2023');
    expect(start).toBeGreaterThan(150);
    expect(end).toBeGreaterThan(150);
  });
});
