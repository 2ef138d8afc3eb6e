/**
 * Following a topic across time: a lane for each topic along the timeline's own window,
 * linked both ways with the timeline, the topic panels and the details, by pointer, by
 * key and through the URL.
 */
import type { Locator, Page } from '@playwright/test';
import {
  axeViolations,
  contrast,
  dataset,
  details,
  expect,
  hashParams,
  nextWindow,
  open,
  test,
  timeline,
  topicPanel,
  windowInHash,
} from './helpers';

type Text = string | Record<string, string>;
const topics = dataset.topics as { id: string; parent?: string; label: Text }[];
const en = (text: Text) => (typeof text === 'string' ? text : (text['en'] ?? ''));
const labelOf = (id: string) => en(topics.find((t) => t.id === id)!.label);
const titleOf = (id: string) => en(dataset.events.find((e) => e.id === id)!.title);
/** The events of a topic, its sub-topics' with them, as the format reads them. */
const eventsIn = (id: string) =>
  dataset.events.filter((e) =>
    e.topics.some((t) => t === id || topics.find((x) => x.id === t)?.parent === id),
  );
const ROUND = /^round-\d$/;

/** The topic view, as a screen reader finds it. */
const lanes = (page: Page) => page.getByRole('region', { name: 'Topics across time' });
/** A topic's lane: a group named by its label, its count and its span. */
const lane = (page: Page, id: string) =>
  lanes(page).getByRole('group', { name: new RegExp(`^${escape(labelOf(id))}: `) });
/** A lane's label: the toggle of its topic's filter. */
const laneToggle = (page: Page, id: string) =>
  lanes(page)
    .getByRole('listitem')
    .getByRole('button', { name: labelOf(id), exact: true });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
const switchTo = (page: Page, name: string) =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name }).click();

async function nameOf(locator: Locator): Promise<string> {
  return (await locator.getAttribute('aria-label')) ?? '';
}

test.describe('the topic view', () => {
  test('opens from #view=topics, with the Topics switch pressed and no timeline', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    await expect(lanes(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Topics', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  });

  test('opened from #view=topics, it is on screen once the page says it is ready', async ({
    page,
  }) => {
    await open(page, '/#view=topics&event=round-1');
    expect(await lanes(page).count()).toBe(1);
    expect(await lanes(page).locator('[data-selected]').count()).toBeGreaterThan(1);
  });

  test('if its code cannot be fetched, the timeline stays, and the switch says so', async ({
    page,
    guard,
  }) => {
    guard.expectConsoleError(/Failed to (load|fetch)|ERR_FAILED|TopicView/);
    await page.route(/TopicView-[^/]*\.js$/, (route) => route.abort());
    await open(page);
    await switchTo(page, 'Topics');
    await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(timeline(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  });

  test('the switch shows it and writes view=topics to the hash; Timeline takes it back', async ({
    page,
  }) => {
    await open(page);
    await switchTo(page, 'Topics');
    await expect(lanes(page)).toBeVisible();
    await expect.poll(async () => (await hashParams(page)).view).toBe('topics');
    await switchTo(page, 'Timeline');
    await expect(timeline(page)).toBeVisible();
    await expect(lanes(page)).toHaveCount(0);
    await expect.poll(async () => (await hashParams(page)).view ?? null).toBeNull();
  });

  test('the switch speaks Japanese', async ({ page }) => {
    await open(page, '/?lang=ja');
    await page.getByRole('group', { name: '表示' }).getByRole('button', { name: '分野別' }).click();
    await expect(page.getByRole('region', { name: '分野ごとの推移' })).toBeVisible();
  });

  test('at least five topics have events in three or more rounds, each drawn in its lane', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    const followed = topics.filter(
      (t) => eventsIn(t.id).filter((e) => ROUND.test(e.id)).length >= 3,
    );
    expect(followed.length).toBeGreaterThanOrEqual(5);
    for (const topic of followed) {
      const marks = lane(page, topic.id).getByRole('button');
      await expect(marks).toHaveCount(eventsIn(topic.id).length);
      for (const event of eventsIn(topic.id).filter((e) => ROUND.test(e.id))) {
        await expect(
          lane(page, topic.id).getByRole('button', {
            name: new RegExp(`^${escape(labelOf(topic.id))}: ${escape(titleOf(event.id))}, `),
          }),
        ).toHaveCount(1);
      }
    }
  });

  test('an event in several topics is in each of their lanes', async ({ page }) => {
    await open(page, '/#view=topics');
    const round = dataset.events.find((e) => e.id === 'round-1')!;
    const drawn = lanes(page).locator('[data-event-id="round-1"]');
    await expect(drawn).toHaveCount(round.topics.length);
  });

  test('a lane says when its topic came and went: critical minerals from 2023, environment only to 2022', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    const minerals = lane(page, 'critical-minerals-agreement');
    // Its first round is the fourth, in December 2023.
    const rounds = minerals.getByRole('button', { name: /round of meetings/ });
    await expect(rounds.first()).toHaveAccessibleName(/Fourth round of meetings, December 14/);
    await expect(lane(page, 'environment')).toHaveAccessibleName(
      /^Environment: 2 events, November 17, 2021\s–\sFebruary 28, 2022$/,
    );
  });

  test('sub-topics have lanes of their own, right under their parent, indented', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    const labels = await lanes(page)
      .getByRole('listitem')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim() ?? ''));
    const parent = labels.indexOf(labelOf('bilateral-issues'));
    expect(labels[parent + 1]).toBe(labelOf('regulatory-transparency'));
    const [top, sub] = await Promise.all(
      [laneToggle(page, 'bilateral-issues'), laneToggle(page, 'ethanol')].map(async (button) =>
        button.evaluate((el) => el.querySelector('.name')!.getBoundingClientRect().left),
      ),
    );
    expect(sub).toBeGreaterThan(top! + 8);
  });

  test('choosing an event in a lane selects it: the details show it, and every lane marks it', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    await lane(page, 'digital-economy')
      .getByRole('button', { name: /Third round of meetings/ })
      .click();
    await expect(
      details(page).getByRole('heading', { name: 'Third round of meetings' }),
    ).toBeVisible();
    await expect.poll(async () => (await hashParams(page)).event).toBe('round-3');
    const round = dataset.events.find((e) => e.id === 'round-3')!;
    await expect(lanes(page).locator('[data-selected]')).toHaveCount(round.topics.length);
    await switchTo(page, 'Timeline');
    await expect(timeline(page).locator('[data-event-id="round-3"]')).toHaveAttribute(
      'data-selected',
      '',
    );
  });

  test('a selection made elsewhere is marked in the lanes', async ({ page }) => {
    await open(page, '/#view=topics');
    await topicPanel(page, 'multilateral-cooperation')
      .getByRole('button', { name: /G7 Hiroshima Summit/ })
      .click();
    await expect(
      lane(page, 'multilateral-cooperation').locator('[data-event-id="g7-hiroshima-summit-2023"]'),
    ).toHaveAttribute('data-selected', '');
  });

  test('hovering an event in a lane previews its topics in the panels', async ({ page }) => {
    await open(page, '/#view=topics');
    await lane(page, 'environment')
      .getByRole('button', { name: /First round of meetings/ })
      .hover();
    await expect(topicPanel(page, 'trade-facilitation')).toHaveAttribute('data-related', '');
    await expect(topicPanel(page, 'critical-minerals-agreement')).not.toHaveAttribute(
      'data-related',
    );
  });

  test('a lane’s label filters by its topic, as the topic panel does, both ways', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    await laneToggle(page, 'environment').click();
    await expect(laneToggle(page, 'environment')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await hashParams(page)).topics).toBe('environment');
    await expect(
      topicPanel(page, 'environment').getByRole('heading').getByRole('button'),
    ).toHaveAttribute('aria-pressed', 'true');
    // Round 2 touched no environment: outside the filter in every lane it is in.
    const outside = lanes(page).locator('[data-event-id="round-2"]');
    await expect(outside.first()).toHaveAttribute('data-dimmed', '');
    await expect(outside.first()).toHaveAccessibleDescription('outside the chosen topics');
    await topicPanel(page, 'environment').getByRole('heading').getByRole('button').click();
    await expect(laneToggle(page, 'environment')).toHaveAttribute('aria-pressed', 'false');
  });

  test('it shows the timeline’s window, and a zoom in it is the timeline’s too', async ({
    page,
  }) => {
    await open(page, '/#from=2022-01-01&to=2023-06-30');
    await switchTo(page, 'Topics');
    await expect.poll(async () => (await hashParams(page)).from).toBe('2022-01-01');
    expect((await hashParams(page)).to).toBe('2023-06-30');
    // Round 5 (July 2024) is outside that window: not drawn in its lanes.
    await expect(lanes(page).locator('[data-event-id="round-5"]')).toHaveCount(0);
    await expect(lanes(page).locator('[data-event-id="round-3"]').first()).toBeVisible();
    const before = await windowInHash(page);
    await lanes(page).getByRole('button', { name: 'Zoom in' }).click();
    const after = await nextWindow(page, before);
    await switchTo(page, 'Timeline');
    await page.waitForTimeout(300);
    expect(await windowInHash(page)).toEqual(after);
  });

  test('keys: one tab stop, up and down between lanes, left and right along one, Enter selects', async ({
    page,
  }) => {
    await open(page, '/#view=topics');
    const first = lane(page, 'labor').getByRole('button').first();
    let name: string | null = null;
    for (let i = 0; i < 30 && !name?.startsWith('Labor: '); i++) {
      await page.keyboard.press('Tab');
      name = await focused(page);
    }
    expect(name).toBe(await nameOf(first));
    // Only one element of the grid is in the tab order.
    await expect(lanes(page).locator('[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page)).toMatch(/^Labor: First round of meetings, /);
    // Down keeps to the same event where the next lane has it: the Task Force lane has
    // not, so it goes to its event nearest in time; Digital Economy has it again.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toMatch(/^Task Force on .*: Launch of the Task Force/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toMatch(/^Digital Economy: Third round of meetings, /);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toMatch(/^Labor: /);
    await page.keyboard.press('End');
    await expect
      .poll(() => focused(page))
      .toMatch(/^Labor: Task Force, second meeting: stakeholder dialogue, /);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await expect(laneToggle(page, 'labor')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(
      details(page).getByRole('heading', { name: 'First round of meetings' }),
    ).toBeVisible();
    await expect(lanes(page).locator('[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(details(page).getByText(/Select an event/)).toBeVisible();
  });

  test('Enter on a lane’s label filters by its topic', async ({ page }) => {
    await open(page, '/#view=topics');
    await lane(page, 'labor').getByRole('button').first().focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await expect(laneToggle(page, 'labor-task-force')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hashParams(page)).topics).toBe('labor-task-force');
  });

  test('a key that moves to an event out of view brings it into view', async ({ page }) => {
    await open(page, '/#view=topics&from=2021-10-01&to=2022-06-30');
    await lane(page, 'labor').getByRole('button').first().focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => focused(page))
      .toMatch(/^Labor: Task Force, second meeting: stakeholder dialogue, /);
  });
});

test.describe('axe-core finds no WCAG 2.2 AA violation in the topic view', () => {
  for (const [what, url] of [
    [
      'in English, with an event selected and a filter on',
      '/#view=topics&event=round-4&topics=labor',
    ],
    ['in Japanese', '/?lang=ja#view=topics&event=round-1'],
    [
      'in the dark theme',
      '/?theme=dark#view=topics&event=task-force-second-meeting-government-dialogue',
    ],
    ['on a phone', '/#view=topics'],
  ] as const) {
    test(what, async ({ page }) => {
      if (what === 'on a phone') await page.setViewportSize({ width: 390, height: 844 });
      await open(page, url);
      await expect(
        lanes(page).or(page.getByRole('region', { name: '分野ごとの推移' })),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`in the ${theme} theme, every lane's marks keep 3:1 against the lane`, async ({ page }) => {
    await open(page, `/?theme=${theme}#view=topics&topics=labor`);
    await expect(lanes(page)).toBeVisible();
    // Colours as the screen paints them: a computed color-mix() is not written as rgb().
    const pairs = await lanes(page)
      .locator('.mark:not([data-dimmed]) .shape')
      .evaluateAll((shapes) => {
        const canvas = document.createElement('canvas').getContext('2d', {
          willReadFrequently: true,
        })!;
        const paint = (color: string) => {
          canvas.clearRect(0, 0, 1, 1);
          canvas.fillStyle = color;
          canvas.fillRect(0, 0, 1, 1);
          const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
          return `rgb(${r}, ${g}, ${b})`;
        };
        const svg = shapes[0]!.closest('svg')!;
        const plain = paint(getComputedStyle(svg.querySelector('.backdrop')!).fill);
        const active = paint(getComputedStyle(svg.querySelector('.active')!).fill);
        return shapes.map((shape) => [paint(getComputedStyle(shape).stroke), plain, active]);
      });
    expect(pairs.length).toBeGreaterThan(20);
    for (const [mark, plain, active] of pairs) {
      expect(contrast(mark!, plain!)).toBeGreaterThanOrEqual(3);
      expect(contrast(mark!, active!)).toBeGreaterThanOrEqual(3);
    }
  });
}
