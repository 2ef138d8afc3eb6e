import type { Page } from '@playwright/test';
import { contrast, expect, open, test } from './helpers';

/** The timeline's drawing, with or without marks in it. */
const drawing = (page: Page) => page.getByRole('group', { name: 'Timeline', exact: true });
const HINT = /^Arrow keys move between events/;

test.describe('the keyboard hint', () => {
  test('is shown under the timeline on a wide screen with a mouse', async ({ page }) => {
    await open(page);
    await expect(page.getByText(HINT)).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('is hidden, and still describes the timeline to a screen reader', async ({ page }) => {
      await open(page);
      await expect(page.getByText(HINT)).toBeHidden();
      await expect(drawing(page)).toHaveAccessibleDescription(HINT);
    });
  });

  test.describe('on a wide touch screen (a coarse pointer)', () => {
    test.use({ hasTouch: true });

    test('is hidden', async ({ page }) => {
      await open(page);
      await expect(page.getByText(HINT)).toBeHidden();
    });
  });
});

test.describe('a zoom button that cannot act', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`looks unavailable: a muted fill and a not-allowed cursor (${theme})`, async ({
      page,
    }) => {
      await open(page, `/?theme=${theme}`);
      const showAll = page.getByRole('button', { name: 'Show all' });
      const zoomIn = page.getByRole('button', { name: 'Zoom in' });
      await expect(showAll).toHaveAttribute('aria-disabled', 'true');
      const look = (button: typeof showAll) =>
        button.evaluate((b) => {
          const style = getComputedStyle(b);
          return { fill: style.backgroundColor, cursor: style.cursor, text: style.color };
        });
      const [off, on] = [await look(showAll), await look(zoomIn)];
      expect(off.cursor).toBe('not-allowed');
      expect(on.cursor).toBe('pointer');
      expect(off.fill).not.toBe(on.fill);
      // Its words stay readable, if softer than an available button's.
      expect(contrast(off.text, off.fill)).toBeGreaterThanOrEqual(3);
      await zoomIn.click();
      await expect(showAll).not.toHaveAttribute('aria-disabled', 'true');
      expect((await look(showAll)).fill).toBe(on.fill);
    });
  }
});
