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
