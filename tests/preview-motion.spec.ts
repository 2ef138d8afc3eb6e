import {
  dataset,
  eventOutside,
  expect,
  hashParams,
  mark,
  open,
  test,
  timeline,
  topicPanel,
} from './helpers';

test('hovering a topic previews its events without filtering', async ({ page }) => {
  await open(page);
  await topicPanel(page, 'labor').getByRole('button', { pressed: false }).first().hover();
  await expect(mark(page, 'round-1')).toHaveAttribute('data-related', '');
  await expect(mark(page, eventOutside('labor').id)).toHaveAttribute('data-dimmed', '');
  expect((await hashParams(page)).topics).toBeUndefined();
  await page.mouse.move(5, 5);
  await expect(timeline(page).locator('[data-dimmed]')).toHaveCount(0);
});

test('hovering a mark marks its topic panels related without selecting it', async ({ page }) => {
  await open(page);
  await mark(page, 'round-1').hover();
  await expect(topicPanel(page, 'labor')).toHaveAttribute('data-related', '');
  await expect(mark(page, 'round-1')).not.toHaveAttribute('data-selected', '');
  await page.mouse.move(5, 5);
  await expect(topicPanel(page, 'labor')).not.toHaveAttribute('data-related', '');
});

test('focusing an event in a topic panel previews its links without selecting it', async ({
  page,
}) => {
  // The first event of the labor panel, so that Shift+Tab leaves its events for its toggle.
  const first = dataset.events.find((event) => event.topics.includes('labor'))!;
  expect(first.topics).toContain('digital-economy');
  await open(page);
  await topicPanel(page, 'labor')
    .getByRole('button', { name: (first.title as { en: string }).en })
    .focus();
  await expect(topicPanel(page, 'digital-economy')).toHaveAttribute('data-related', '');
  await expect(mark(page, first.id)).not.toHaveAttribute('data-selected', '');
  await page.keyboard.press('Shift+Tab');
  await expect(topicPanel(page, 'digital-economy')).not.toHaveAttribute('data-related', '');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a zoom button moves the view at once, with no animation in between', async ({ page }) => {
    await open(page);
    const before = await timeline(page).locator('text').allTextContents();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // No animation frames to wait for: the axis has already changed on the next frame.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const after = await timeline(page).locator('text').allTextContents();
    expect(after).not.toEqual(before);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 800 } });

  test('a two-finger pinch outwards zooms in', async ({ page }) => {
    await open(page);
    const box = (await timeline(page).boundingBox())!;
    const y = box.y + box.height / 2;
    const cx = box.x + box.width / 2;
    const session = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - spread, y, id: 1 },
                { x: cx + spread, y, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (const spread of [40, 60, 80, 100, 120]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(async () => (await hashParams(page)).from ?? null).not.toBeNull();
  });
});

test('the first wheel over the timeline, with no hover before it, zooms', async ({ page }) => {
  await open(page);
  await timeline(page).dispatchEvent('wheel', { deltaY: -300, clientX: 640, clientY: 300 });
  await expect.poll(async () => (await hashParams(page)).from ?? null).not.toBeNull();
});
