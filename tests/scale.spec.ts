import { axeViolations, expect, open, serve, test, timeline, windowInHash } from './helpers';

/** A valid events file of `n` one-day events, one a day from 2022-01-01. */
function manyEvents(n: number) {
  const day = (i: number) =>
    new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    title: `${n} events`,
    sources: [
      {
        id: 's',
        title: 'Synthetic',
        publisher: 'Tests',
        url: 'https://example.org/',
        published: '2022',
        level: 'primary',
      },
    ],
    topics: [{ id: 't', label: 'Topic' }],
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: `Event number ${i}`,
      date: day(Math.floor(i / 4)),
      status: 'held',
      topics: ['t'],
      sources: [{ source: 's', quote: 'q' }],
    })),
  };
}

/**
 * `n` events over three years, seeded: titles of 1 to 12 words, days, weeks and months,
 * so that lanes fill, labels are cut, move left at the right edge and "+N" marks gather
 * what has no room, as in a real file and the benchmark's.
 */
function variedEvents(n: number) {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const words = ['trade', 'round', 'labor', 'digital', 'meeting', 'supply', 'chains', 'export'];
  const day = (d: number) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000);
  const iso = (d: number) => day(d).toISOString().slice(0, 10);
  const base = manyEvents(n);
  base.events = base.events.map((event, i) => {
    const start = Math.floor(random() * 1100);
    const kind = random();
    const date =
      kind < 0.6
        ? iso(start)
        : kind < 0.85
          ? `${iso(start)}/${iso(start + 1 + Math.floor(random() * 20))}`
          : iso(start).slice(0, 7);
    const title = Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => words[Math.floor(random() * words.length)],
    ).join(' ');
    return { ...event, title: `${i} ${title}`, date };
  });
  return base;
}

test('a thousand varied events draw, zoom and pan with no error on the page', async ({ page }) => {
  // The guard fails the test on any uncaught error or console error.
  await serve(page, '/varied.json', JSON.stringify(variedEvents(1000)));
  await open(page, '/?data=/varied.json');
  const box = (await timeline(page).boundingBox())!;
  for (const at of [0.1, 0.5, 0.95]) {
    await page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * at - 150, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 100);
  }
  await expect(timeline(page).locator('[data-event-id]').first()).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
});

test('thousands of events in view become a density view that says how many', async ({ page }) => {
  const body = JSON.stringify(manyEvents(6000));
  await serve(page, '/many.json', body);
  await open(page, '/?data=/many.json');
  await expect(
    page.getByRole('group', { name: /^6,000 events in view, too many to draw one by one/ }),
  ).toBeVisible();
  // Only what is in view is ever drawn, and here that is a histogram: no mark per event.
  const drawing = page.getByRole('group', { name: 'Timeline', exact: true });
  await expect(drawing.locator('rect').first()).toBeAttached();
  expect(await drawing.locator('[data-event-id]').count()).toBe(0);
});

test('in the density view the first arrow key goes to the first event', async ({ page }) => {
  await serve(page, '/many.json', JSON.stringify(manyEvents(6000)));
  await open(page, '/?data=/many.json');
  await page.getByRole('group', { name: 'Timeline', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(timeline(page).locator(':focus')).toHaveAccessibleName(/^Event number 0,/);
});

test('the bars of the density view are named, and chosen from the keys', async ({ page }) => {
  await serve(page, '/many.json', JSON.stringify(manyEvents(6000)));
  await open(page, '/?data=/many.json');
  const density = page.getByRole('group', { name: /^6,000 events in view/ });
  const bars = density.getByRole('button');
  // Each bar says how many events start over which days.
  await expect(bars.first()).toHaveAccessibleName(
    /^\d+ events, \w+ \d+, 20\d\d\s–\s\w+ \d+, 20\d\d$/,
  );
  await bars.first().focus();
  await page.keyboard.press('ArrowRight');
  const second = bars.nth(1);
  await expect(second).toBeFocused();
  const name = (await second.getAttribute('aria-label'))!;
  await page.keyboard.press('Enter');
  await windowInHash(page);
  // The window is that bar's days: its events are drawn one by one now.
  await expect(density).toHaveCount(0);
  await expect(timeline(page).locator('[data-event-id]').first()).toBeVisible();
  expect(name).toMatch(/^\d+ events, /);
  expect(await axeViolations(page)).toEqual([]);
});

test('zooming into a dense range draws marks again, with "+N" for those without room', async ({
  page,
}) => {
  const body = JSON.stringify(manyEvents(6000));
  await serve(page, '/many.json', body);
  await open(page, '/?data=/many.json#from=2022-03-01&to=2022-03-15');
  await expect(timeline(page).locator('[data-event-id]').first()).toBeVisible();
  const marks = await timeline(page).locator('[data-event-id]').count();
  expect(marks).toBeGreaterThan(10);
  expect(marks).toBeLessThan(200);
  await expect(
    page.getByRole('button', { name: /more events here; zoom in/ }).first(),
  ).toBeAttached();
});

test('a file over a megabyte, parsed piece by piece as it arrives, keeps every event', async ({
  page,
}) => {
  // 10,000 events are 1.3 MB here, over the size from which the page parses in pieces.
  const body = JSON.stringify(manyEvents(10_000));
  expect(body.length).toBeGreaterThan(1024 * 1024);
  await serve(page, '/many.json', body);
  await open(page, '/?data=/many.json');
  await expect(
    page.getByRole('group', { name: /^10,000 events in view, too many to draw one by one/ }),
  ).toBeVisible();
  // Every record kept: the list of events counts them all.
  await expect(page.getByRole('heading', { name: 'List of events (10,000)' })).toBeVisible();
});
