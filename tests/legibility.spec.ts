import type { Page } from '@playwright/test';
import { axeViolations, contrast, dataset, expect, open, serve, test } from './helpers';

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

test.describe('the density view', () => {
  /** Four one-day events a day for four years: too many in view to draw one by one. */
  async function serveMany(page: Page) {
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
  }

  for (const [width, lang] of [
    [1280, 'en'],
    [360, 'en'],
    [390, 'ja'],
  ] as const) {
    test(`on ${width} px in ${lang}, its caption has room of its own, clear of the bars`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await serveMany(page);
      await open(page, `/?data=/many.json&lang=${lang}`);
      const density = page.getByRole('group', { name: /6,000/ });
      await expect(density.getByRole('button').first()).toBeVisible();
      const { caption, bars, plot } = await density.evaluate((group) => {
        const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
        return {
          caption: [...group.querySelectorAll('text')].map(box),
          bars: [...group.querySelectorAll('rect')].map(box),
          plot: box(group.closest('svg')!),
        };
      });
      expect(caption.length).toBeGreaterThan(0);
      const captionBottom = Math.max(...caption.map((line) => line.bottom));
      for (const line of caption) {
        expect(line.left).toBeGreaterThanOrEqual(plot.left);
        expect(line.right).toBeLessThanOrEqual(plot.right);
      }
      for (const bar of bars) expect(bar.top).toBeGreaterThanOrEqual(captionBottom);
    });
  }
});

test.describe('the problems in a file', () => {
  /** Every other event with a bad date, the others with a source that says nothing. */
  async function openMixed(page: Page, query = '') {
    type Sourced = (typeof dataset.events)[number] & { sources: { source: string }[] };
    const events = (dataset.events as Sourced[]).map((event, i) =>
      i === 0
        ? event
        : i % 2
          ? { ...event, date: '2022-13' }
          : { ...event, sources: [{ source: event.sources[0]!.source }] },
    );
    const broken = { ...dataset, events };
    await serve(page, '/fixtures/mixed.json', JSON.stringify(broken, null, 2));
    await open(page, `/?data=/fixtures/mixed.json${query}`);
    return page.getByRole('region', { name: /Problems in the events file|イベントファイルの問題/ });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`tell an error from a warning by word, shape and colour, at 4.5:1 (${theme})`, async ({
      page,
    }) => {
      const problems = await openMixed(page, `&theme=${theme}`);
      const error = problems.getByRole('listitem').filter({ hasText: '$.events[1].date' });
      const warning = problems.getByRole('listitem').filter({ hasText: '$.events[2].sources[0]' });
      await expect(error).toContainText(/^\s*Error\s/);
      await expect(warning).toContainText(/^\s*Warning\s/);
      const look = (item: typeof error) =>
        item.locator('.severity').evaluate((badge) => {
          const box = badge.closest('section')!;
          return {
            colour: getComputedStyle(badge).color,
            background: getComputedStyle(box).backgroundColor,
            // A circle for an error, a triangle for a warning.
            shape: [...badge.querySelector('svg')!.children]
              .map((part) => `${part.tagName} ${part.getAttribute('d') ?? ''}`)
              .join(),
          };
        });
      const [e, w] = [await look(error), await look(warning)];
      expect(e.colour).not.toBe(w.colour);
      expect(e.shape).not.toBe(w.shape);
      expect(contrast(e.colour, e.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(w.colour, w.background)).toBeGreaterThanOrEqual(4.5);
    });
  }

  test('say "warning" in Japanese too', async ({ page }) => {
    const problems = await openMixed(page, '&lang=ja');
    await expect(
      problems.getByRole('listitem').filter({ hasText: '$.events[2].sources[0]' }),
    ).toContainText(/^\s*警告\s/);
  });

  test('show both headings at once, each list scrolling under its own', async ({ page }) => {
    // Every event but the first with a bad date: more problems than a list shows.
    const broken = structuredClone(dataset);
    broken.events = broken.events.map((event, i) => (i ? { ...event, date: '2022-13' } : event));
    await serve(page, '/fixtures/many-bad.json', JSON.stringify(broken, null, 2));
    await open(page, '/?data=/fixtures/many-bad.json');
    const problems = page.getByRole('region', { name: 'Problems in the events file' });
    for (const name of ['Problems in the events file', /^Records not shown/]) {
      const heading = problems.getByRole('heading', { name });
      await expect(heading).toBeInViewport({ ratio: 1 });
      const [box, region] = [await heading.boundingBox(), await problems.boundingBox()];
      expect(box!.y).toBeGreaterThanOrEqual(region!.y);
      expect(box!.y + box!.height).toBeLessThanOrEqual(region!.y + region!.height);
    }
    for (const name of ['Problems in the events file', /^Records not shown/]) {
      await expect(problems.getByRole('list', { name })).toHaveAttribute('tabindex', '0');
    }
    expect(await axeViolations(page)).toEqual([]);
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
