import { contrast, expect, open, test } from './helpers';

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
