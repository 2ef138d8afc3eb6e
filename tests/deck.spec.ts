/**
 * The timeline inside a real reveal.js deck on another origin (tests/deck/), driven as a
 * presenter drives it: with the keys a presentation clicker sends.
 */
import { dataset, expect, test } from './helpers';
import type { FrameLocator, Page } from '@playwright/test';

const STOPS = (dataset.stops as unknown[]).length + 1;
const port = Number(process.env.TEST_PORT ?? 4174);
const app = `http://127.0.0.1:${port}`;
const deck = `http://127.0.0.1:${port + 1}`;
/** A third origin: the deck's server under another name. */
const third = `http://localhost:${port + 1}`;

const frame = (page: Page): FrameLocator => page.frameLocator('iframe[data-timeline]');
const counter = (page: Page) => frame(page).getByText(new RegExp(`^\\d+ / ${STOPS}$`));
const slideTitle = (page: Page) => page.locator('.reveal .slides section.present h1');

/** Open the deck on its first slide, and move to the timeline's slide with PageDown. */
async function toTimeline(page: Page, query = '') {
  await page.goto(`${deck}/?app=${encodeURIComponent(app)}${query}`);
  await expect(slideTitle(page)).toHaveText('Before the timeline');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
}

/** Whether the framed page scrolls, either way. */
const frameScrolls = (page: Page) =>
  page.frame({ url: (url) => url.origin === app })!.evaluate(() => {
    const root = document.scrollingElement!;
    return (
      root.scrollTop !== 0 ||
      root.scrollHeight > root.clientHeight + 1 ||
      root.scrollWidth > root.clientWidth + 1
    );
  });

test("a clicker's PageDown steps through every stop, then moves the deck on; PageUp comes back", async ({
  page,
}) => {
  await toTimeline(page);
  for (let stop = 2; stop <= STOPS; stop++) {
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`${stop} / ${STOPS}`);
    expect(await frameScrolls(page)).toBe(false);
  }
  await page.keyboard.press('PageDown');
  await expect(slideTitle(page)).toHaveText('After the timeline');
  // reveal.js unloads the frame of a slide it leaves; the deck comes back to its last stop.
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`${STOPS} / ${STOPS}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`${STOPS - 1} / ${STOPS}`);
});

test('PageUp before the first stop moves the deck back', async ({ page }) => {
  await toTimeline(page);
  await page.keyboard.press('PageUp');
  await expect(slideTitle(page)).toHaveText('Before the timeline');
});

test('B blanks the stage in the deck, and B shows it again', async ({ page }) => {
  await toTimeline(page);
  await page.keyboard.press('b');
  const blank = frame(page).getByText('The screen is blank: press B to show it again');
  await expect(blank).toBeVisible();
  await page.keyboard.press('b');
  await expect(blank).toBeHidden();
});

test('a reload of the frame at #stop=4 comes back at stop 4', async ({ page }) => {
  await toTimeline(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`4 / ${STOPS}`);
  const framed = page.frame({ url: (url) => url.origin === app })!;
  await expect.poll(() => framed.evaluate(() => location.hash)).toContain('stop=4');
  await framed.evaluate(() => location.reload());
  await expect(counter(page)).toHaveText(`4 / ${STOPS}`);
});

test('messages from a third origin are ignored', async ({ page }) => {
  await toTimeline(page);
  await page.evaluate((src) => {
    const other = document.createElement('iframe');
    other.src = src;
    other.title = 'Another site';
    document.body.append(other);
  }, `${third}/third.html`);
  await expect(page.frameLocator('iframe[title="Another site"]').locator('body')).toHaveAttribute(
    'data-sent',
    'yes',
  );
  await page.waitForTimeout(300);
  await expect(counter(page)).toHaveText(`1 / ${STOPS}`);
});

test.describe('the embed API, from a host page on another origin', () => {
  const host = (query: string) => `${deck}/host.html?app=${encodeURIComponent(app)}&${query}`;
  type Heard = { type: string; value: Record<string, unknown> & { stop?: number } }[];
  const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard }).heard);
  const call = (page: Page, script: string) => page.evaluate(script);

  test('it is told when the timeline is ready, where it is, and how tall it is', async ({
    page,
  }) => {
    await page.goto(host(`embed=1&present=1&parentOrigin=${deck}`));
    await expect.poll(async () => (await heard(page)).map((h) => h.type)).toContain('ready');
    const types = (await heard(page)).map((h) => h.type);
    expect(types).toContain('resize');
    const ready = (await heard(page)).find((h) => h.type === 'ready')!.value;
    expect(ready).toMatchObject({ stop: 1, stops: STOPS, event: null });
  });

  test('its commands move the timeline: goToStop, select, setTopics, setWindow, getState', async ({
    page,
  }) => {
    await page.goto(host(`embed=1&present=1&parentOrigin=${deck}`));
    await expect.poll(async () => (await heard(page)).map((h) => h.type)).toContain('ready');
    await call(page, 'timeline.goToStop(3)');
    await expect.poll(() => call(page, 'timeline.state?.stop')).toBe(3);
    await call(page, "timeline.select('round-3')");
    await expect.poll(() => call(page, 'timeline.state?.event')).toBe('round-3');
    await call(page, "timeline.setTopics(['labor', 'nope'])");
    await expect.poll(() => call(page, 'timeline.state?.topics')).toEqual(['labor']);
    await call(page, "timeline.setWindow('2022-01-01', '2022-12-31')");
    await expect
      .poll(() => call(page, '[timeline.state?.from, timeline.state?.to]'))
      .toEqual(['2022-01-01', '2022-12-31']);
    const state = (await call(page, 'timeline.getState()')) as Record<string, unknown>;
    expect(state).toMatchObject({ event: 'round-3', topics: ['labor'], stops: STOPS });
  });

  test('setLayout shows the topic lanes and back, and the state says which', async ({ page }) => {
    await page.goto(host(`parentOrigin=${deck}`));
    await expect.poll(async () => (await heard(page)).map((h) => h.type)).toContain('ready');
    expect((await heard(page)).find((h) => h.type === 'ready')!.value.layout).toBe('timeline');
    const topics = page.frameLocator('iframe').getByRole('button', { name: 'Topics', exact: true });
    await call(page, "timeline.setLayout('topics')");
    await expect(topics).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => call(page, 'timeline.state?.layout')).toBe('topics');
    await call(page, "timeline.setLayout('timeline')");
    await expect(topics).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => call(page, 'timeline.state?.layout')).toBe('timeline');
  });

  test('a step past the last stop is told as an edge', async ({ page }) => {
    await page.goto(host(`embed=1&present=1&parentOrigin=${deck}`));
    await expect.poll(async () => (await heard(page)).map((h) => h.type)).toContain('ready');
    await call(page, `timeline.goToStop(${STOPS})`);
    await call(page, 'timeline.next()');
    await expect
      .poll(async () => (await heard(page)).filter((h) => h.type === 'edge').map((h) => h.value))
      .toEqual(['next']);
  });

  test('a parent on another origin than parentOrigin is not heard', async ({ page }) => {
    await page.goto(host(`embed=1&present=1&parentOrigin=${encodeURIComponent(third)}`));
    await expect(page.frameLocator('iframe').getByText(`1 / ${STOPS}`)).toBeVisible();
    await call(page, 'timeline.goToStop(3)');
    await page.waitForTimeout(300);
    await expect(page.frameLocator('iframe').getByText(`1 / ${STOPS}`)).toBeVisible();
  });

  test('malformed messages are ignored without an error', async ({ page }) => {
    await page.goto(host(`embed=1&present=1&parentOrigin=${deck}`));
    await expect.poll(async () => (await heard(page)).map((h) => h.type)).toContain('ready');
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      for (const message of [
        null,
        'hello',
        { type: 'timeline:command' },
        { type: 'timeline:command', command: 'goToStop', stop: 'three' },
        { type: 'timeline:command', command: 'setWindow', from: 'x', to: 'y' },
        { type: 'timeline:command', command: 'select', event: { id: 1 } },
      ])
        target.postMessage(message, '*');
    });
    await page.waitForTimeout(300);
    await expect(page.frameLocator('iframe').getByText(`1 / ${STOPS}`)).toBeVisible();
  });

  test('autoSize sizes a page embed to its content', async ({ page }) => {
    await page.goto(host(`autoSize=1`));
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).offsetHeight))
      .toBeGreaterThan(1000);
  });
});
