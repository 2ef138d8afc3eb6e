/**
 * Printing gives a handout: the timeline fitted to the page, then every event with its
 * date, status, summary, topics and sources, their addresses written out; no controls,
 * dark text on white paper whatever the theme, and no event cut by a page break.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { contrast, dataset, expect, open, test } from './helpers';

type Texted = string | Record<string, string>;
const en = (text: Texted) => (typeof text === 'string' ? text : (text.en ?? ''));
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function printed(page: Page, landscape: boolean): Promise<string> {
  const bytes = await page.pdf({ format: 'A4', landscape, printBackground: true });
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return text;
}

for (const theme of ['light', 'dark'] as const) {
  for (const landscape of [false, true]) {
    test(`printed in the ${theme} theme on A4 ${landscape ? 'landscape' : 'portrait'}: every event, no controls`, async ({
      page,
    }) => {
      await open(page, `/?lang=en&theme=${theme}`);
      // The handout's code comes once the first view is up; its events only when printed.
      await expect(page.locator('[data-print-handout]')).toBeAttached();
      await expect(page.locator('[data-print-event]')).toHaveCount(0);
      const text = squeeze(await printed(page, landscape));
      for (const event of dataset.events) expect(text).toContain(squeeze(en(event.title)));
      const round1 = (dataset.sources as { id: string; url: string }[]).find(
        (s) => s.id === 'ustr-2022-03-readout-first-round',
      )!;
      expect(text).toContain(squeeze(round1.url));
      for (const control of ['Share or embed', 'Show all', 'Present', 'Arrow keys move', 'Zoom in'])
        expect(text).not.toContain(squeeze(control));
    });
  }

  test(`printed in the ${theme} theme: dark text on white, and no event split by a page break`, async ({
    page,
  }) => {
    await open(page, `/?lang=en&theme=${theme}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-print-event]')).toHaveCount(dataset.events.length);
    const seen = await page.evaluate(() => {
      const shown = (el: Element) => (el as HTMLElement).checkVisibility?.() ?? true;
      const texts = [...document.querySelectorAll('body *')].filter(
        (el) =>
          shown(el) &&
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
      );
      return {
        colours: texts.map((el) => {
          const cs = getComputedStyle(el);
          return {
            text: el.textContent!.trim().slice(0, 30),
            colour: el instanceof SVGElement ? cs.fill : cs.color,
          };
        }),
        background: getComputedStyle(document.documentElement).backgroundColor,
        buttons: [...document.querySelectorAll('button')].filter(shown).length,
        breaks: [...document.querySelectorAll('[data-print-event]')].map(
          (el) => getComputedStyle(el).breakInside,
        ),
      };
    });
    expect(seen.background).toBe('rgb(255, 255, 255)');
    expect(seen.buttons).toBe(0);
    for (const { text, colour } of seen.colours) {
      if (!colour.startsWith('rgb(')) continue;
      expect(contrast(colour, 'rgb(255, 255, 255)'), `${text}: ${colour}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
    expect(new Set(seen.breaks)).toEqual(new Set(['avoid']));
  });
}

test('the stage printed alone is a landscape page', async ({ page }) => {
  await open(page, '/?embed=1&present=1&lang=en#stop=4');
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const [, , width, height] = (await pdf.getPage(1)).view;
  expect(width).toBeGreaterThan(height!);
});
