import type { Page } from '@playwright/test';
import {
  dataset,
  details,
  expect,
  hashParams,
  isInTimelineView,
  mark,
  open,
  test,
  timeline,
  topicPanel,
} from './helpers';

/** The ids of the events that carry a topic, from the dataset itself. */
const inTopic = (topic: string) =>
  dataset.events.filter((event) => event.topics.includes(topic)).map((event) => event.id);

/** A topic panel's toggle: the button in its heading. */
const toggle = (page: Page, topic: string) =>
  topicPanel(page, topic).getByRole('heading').getByRole('button');

test('a topic toggle is a pressed button while its filter is on', async ({ page }) => {
  await open(page);
  const button = topicPanel(page, 'multilateral-cooperation').getByRole('button', {
    name: /Multilateral Cooperation/,
  });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
});

test('filtering by a topic dims the marks outside it and relates the marks inside', async ({
  page,
}) => {
  await open(page);
  await toggle(page, 'multilateral-cooperation').click();
  const inside = inTopic('multilateral-cooperation');
  expect(inside.length).toBeGreaterThan(1);
  for (const { id } of dataset.events) {
    if (inside.includes(id)) {
      await expect(mark(page, id)).toHaveAttribute('data-related', '');
      await expect(mark(page, id)).not.toHaveAttribute('data-dimmed');
    } else {
      await expect(mark(page, id)).toHaveAttribute('data-dimmed', '');
      await expect(mark(page, id)).not.toHaveAttribute('data-related');
    }
  }
});

test('the topic filter is written to the URL hash', async ({ page }) => {
  await open(page);
  await toggle(page, 'labor').click();
  await toggle(page, 'environment').click();
  await expect.poll(async () => (await hashParams(page)).topics).toBe('labor,environment');
});

test('Escape on the timeline clears the topic filter', async ({ page }) => {
  await open(page);
  await toggle(page, 'labor').click();
  await expect(timeline(page).locator('[data-dimmed]').first()).toBeAttached();
  await mark(page, 'round-1').click();
  await page.keyboard.press('Escape');
  await expect(timeline(page).locator('[data-dimmed]')).toHaveCount(0);
  await expect(toggle(page, 'labor')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await hashParams(page)).topics ?? null).toBeNull();
});

test('the clear button clears the topic filter', async ({ page }) => {
  await open(page);
  await toggle(page, 'labor').click();
  const clear = page.getByRole('button', { name: 'Clear topic filter' });
  const box = (await clear.boundingBox())!;
  await clear.click();
  // A hand on a mouse never holds perfectly still: let the pointer settle where it is.
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
  await expect(timeline(page).locator('[data-dimmed]')).toHaveCount(0);
  await expect(toggle(page, 'labor')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Clear topic filter' })).toHaveCount(0);
});

test('choosing an event inside a topic panel selects it on the timeline', async ({ page }) => {
  await open(page);
  await topicPanel(page, 'multilateral-cooperation')
    .getByRole('button', { name: /G7 Hiroshima Summit/ })
    .click();
  await expect(mark(page, 'g7-hiroshima-summit-2023')).toHaveAttribute('data-selected', '');
  await expect.poll(() => isInTimelineView(page, 'g7-hiroshima-summit-2023')).toBe(true);
  await expect(details(page).getByRole('heading', { name: 'G7 Hiroshima Summit' })).toBeVisible();
  await expect.poll(async () => (await hashParams(page)).event).toBe('g7-hiroshima-summit-2023');
});

test.describe('on a phone, where the topic panels lie far below the timeline', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('choosing an event in a topic panel brings the timeline on screen', async ({ page }) => {
    await open(page);
    const choice = topicPanel(page, 'multilateral-cooperation').getByRole('button', {
      name: /G7 Hiroshima Summit/,
    });
    await choice.scrollIntoViewIfNeeded();
    await expect(timeline(page)).not.toBeInViewport();
    await choice.tap();
    await expect(mark(page, 'g7-hiroshima-summit-2023')).toBeInViewport();
    await expect(mark(page, 'g7-hiroshima-summit-2023')).toHaveAttribute('data-selected', '');
  });
});

test('a topic panel lists its events in time order', async ({ page }) => {
  await open(page);
  const names = await topicPanel(page, 'multilateral-cooperation')
    .getByRole('listitem')
    .allInnerTexts();
  // The dataset's own events of the topic, by their first day.
  const inOrder = dataset.events
    .filter((event) => event.topics.includes('multilateral-cooperation'))
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((event) => expect.stringContaining((event.title as { en: string }).en));
  expect(inOrder.length).toBeGreaterThan(2);
  expect(names.map((text) => text.replace(/\s+/g, ' '))).toEqual(inOrder);
});
