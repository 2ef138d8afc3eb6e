import { readFileSync } from 'node:fs';
import { axeViolations, dataset, expect, mark, open, serve, test, timeline } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The error view, as a screen reader meets it. */
const alert = (page: import('@playwright/test').Page) => page.getByRole('alert');

test('a missing data file shows an error that names the file and the status', async ({
  page,
  guard,
}) => {
  // Chromium logs every failed request as a console error; this one is the point.
  guard.expectConsoleError(/Failed to load resource: .*404/);
  await serve(page, '/fixtures/missing.json', 'Not found', 404, 'text/plain');
  await page.goto('/?data=/fixtures/missing.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(alert(page)).toContainText('/fixtures/missing.json');
  await expect(alert(page)).toContainText('404');
});

test('a file that is not JSON shows "not valid JSON" with a line and column', async ({ page }) => {
  await serve(page, '/fixtures/not-json.json', fixture('not-json.txt'));
  await page.goto('/?data=/fixtures/not-json.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(alert(page)).toContainText('not valid JSON');
  await expect(alert(page)).toContainText(/line 3, column \d+/);
});

test('an empty file shows that it is empty', async ({ page }) => {
  await serve(page, '/fixtures/empty.json', fixture('empty.json'));
  await page.goto('/?data=/fixtures/empty.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  await expect(alert(page)).toContainText(/empty/i);
});

/** Each way a file can fail to give a timeline, served at /fixtures/<name>.json. */
const FAILURES = [
  { name: 'missing', body: 'Not found', status: 404, type: 'text/plain' },
  { name: 'web-page', body: '<!doctype html><title>Home</title>', status: 200, type: 'text/html' },
  { name: 'not-json', body: fixture('not-json.txt'), status: 200, type: 'application/json' },
  {
    name: 'no-events',
    body: JSON.stringify({ title: 'Empty', sources: [], topics: [], events: [] }),
    status: 200,
    type: 'application/json',
  },
];

for (const { lang, title } of [
  { lang: 'en', title: 'The timeline could not be shown' },
  { lang: 'ja', title: 'タイムラインを表示できません' },
]) {
  test.describe(`every failure looks alike under ?lang=${lang}`, () => {
    for (const failure of FAILURES) {
      test(`a ${failure.name} file: one title, then a sentence naming the file`, async ({
        page,
        guard,
      }) => {
        if (failure.status === 404) guard.expectConsoleError(/Failed to load resource: .*404/);
        const path = `/fixtures/${failure.name}.json`;
        await serve(page, path, failure.body, failure.status, failure.type);
        await page.goto(`/?lang=${lang}&data=${path}`);
        await expect(alert(page).getByRole('heading')).toHaveText(title);
        await expect(page).toHaveTitle(`${title} · Partnership Timeline`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnership Timeline');
        await expect(alert(page).getByText(path)).toBeVisible();
        // A JSON path of the whole file, "$", tells a reader nothing.
        await expect(alert(page)).not.toContainText('$');
      });
    }
  });
}

for (const { lang, said } of [
  { lang: 'en', said: 'Could not load /fixtures/offline.json: no answer came over the network (' },
  {
    lang: 'ja',
    said: '/fixtures/offline.json を読み込めませんでした：ネットワークから応答がありませんでした（',
  },
]) {
  test(`under ?lang=${lang}, a file the network never brings is said so in the page's language`, async ({
    page,
    guard,
  }) => {
    guard.expectConsoleError(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
    await page.route(
      (url) => url.pathname === '/fixtures/offline.json',
      (route) => route.abort('internetdisconnected'),
    );
    await page.goto(`/?lang=${lang}&data=/fixtures/offline.json`);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    await expect(alert(page)).toContainText(said);
  });
}

for (const { lang, said } of [
  {
    lang: 'en',
    said: 'Could not load javascript:alert(1): a timeline reads files over http or https, not javascript: addresses.',
  },
  {
    lang: 'ja',
    said: 'javascript:alert(1) を読み込めませんでした：ファイルは http か https で読み込みます（javascript: のアドレスは読めません）。',
  },
]) {
  test(`under ?lang=${lang}, a javascript: address is refused in words, not tried`, async ({
    page,
  }) => {
    // The guard fails the test on any console error: fetch logs one for such an address.
    await page.goto(`/?lang=${lang}&data=javascript:alert(1)`);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    await expect(alert(page)).toHaveText(new RegExp(said.replace(/[()]/g, '\\$&')));
  });
}

test('under ?lang=ja, why a file could not be fetched is said in Japanese', async ({
  page,
  guard,
}) => {
  guard.expectConsoleError(/Failed to load resource: .*404/);
  await serve(page, '/fixtures/missing.json', 'Not found', 404, 'text/plain');
  await page.goto('/?lang=ja&data=/fixtures/missing.json');
  await expect(alert(page)).toContainText(
    '/fixtures/missing.json を読み込めませんでした：サーバーが 404 Not Found を返しました。',
  );
});

test('a list of problems longer than its box can be scrolled from the keyboard', async ({
  page,
}) => {
  // Every event but the first with a bad date: more problems than the box shows.
  const broken = structuredClone(dataset);
  broken.events = broken.events.map((event, i) => (i ? { ...event, date: '2022-13' } : event));
  await serve(page, '/fixtures/many-bad.json', JSON.stringify(broken, null, 2));
  await open(page, '/?data=/fixtures/many-bad.json');
  // The list scrolls in its own box, under its heading.
  const problems = page.getByRole('list', { name: 'Problems in the events file' });
  const overflows = await problems.evaluate((box) => box.scrollHeight > box.clientHeight);
  expect(overflows).toBe(true);
  await expect(problems).toHaveAttribute('tabindex', '0');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('a file with one invalid event among valid ones', () => {
  test.beforeEach(async ({ page }) => {
    const broken = structuredClone(dataset);
    broken.events[1]!.date = '2022-13';
    await serve(page, '/fixtures/bad-date.json', JSON.stringify(broken, null, 2));
    await open(page, '/?data=/fixtures/bad-date.json');
  });

  test('the valid events are drawn', async ({ page }) => {
    const valid = dataset.events.filter((_, i) => i !== 1).map((event) => event.id);
    for (const id of valid) await expect(mark(page, id)).toHaveCount(1);
    await expect(mark(page, dataset.events[1]!.id)).toHaveCount(0);
  });

  test('the problem is listed with its JSON path', async ({ page }) => {
    const problems = page.getByRole('region', { name: 'Problems in the events file' });
    await expect(
      problems.getByRole('listitem').filter({ hasText: '$.events[1].date' }),
    ).toContainText('"2022-13" is not a valid month (13).');
  });

  test('under ?lang=ja, the count of skipped records is in full-width parentheses', async ({
    page,
  }) => {
    await page.goto('/?lang=ja&data=/fixtures/bad-date.json');
    const problems = page.getByRole('region', { name: 'イベントファイルの問題' });
    await expect(problems.getByRole('heading', { name: '表示されない記録（1）' })).toBeVisible();
  });

  test('under ?lang=ja, what is wrong and why the record is not shown are said in Japanese', async ({
    page,
  }) => {
    await page.goto('/?lang=ja&data=/fixtures/bad-date.json');
    const problems = page.getByRole('region', { name: 'イベントファイルの問題' });
    const said = '「2022-13」の月（13）は正しくありません。';
    await expect(
      problems.getByRole('listitem').filter({ hasText: '$.events[1].date' }),
    ).toContainText(said);
    await expect(
      problems.getByRole('listitem').filter({ hasText: /^\s*\$\.events\[1\]\s+round-1\b/ }),
    ).toContainText(said);
    await expect(problems).not.toContainText('valid month');
  });

  test('the skipped record is listed', async ({ page }) => {
    const problems = page.getByRole('region', { name: 'Problems in the events file' });
    await expect(problems.getByRole('heading', { name: /Records not shown/ })).toBeVisible();
    await expect(
      problems.getByRole('listitem').filter({ hasText: /^\s*\$\.events\[1\]\s+round-1\b/ }),
    ).toBeVisible();
  });
});

test.describe('text fields holding HTML and script', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(2)</script>';

  test.beforeEach(async ({ page }) => {
    const hostile = structuredClone(dataset) as Record<string, unknown> & typeof dataset;
    hostile.title = IMG;
    hostile.description = SCRIPT;
    const first = hostile.events[1] as Record<string, unknown>;
    first.title = IMG;
    first.summary = SCRIPT;
    const topic = hostile.topics[0] as Record<string, unknown>;
    topic.label = SCRIPT;
    topic.summary = IMG;
    await serve(page, '/fixtures/hostile.json', JSON.stringify(hostile));
    await open(page, '/?data=/fixtures/hostile.json');
  });

  test('the markup is shown as text', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(IMG);
    await expect(page.getByText(SCRIPT).first()).toBeVisible();
    await mark(page, 'round-1').click();
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(IMG);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(SCRIPT);
  });

  test('no element is created from the markup and no script runs', async ({ page }) => {
    await mark(page, 'round-1').click();
    await expect(timeline(page)).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('body script')).toHaveCount(0);
    // The guard fails the test if any dialog opened.
  });
});

test('a title with no place to break wraps instead of pushing the page sideways', async ({
  page,
}) => {
  const title = `https://example.org/${'averylongtitlewithoutaspace'.repeat(60)}`;
  const events = dataset.events.map((event, i) => (i === 1 ? { ...event, title } : event));
  await serve(page, '/long-title.json', JSON.stringify({ ...dataset, events }));
  await open(page, '/?data=/long-title.json');
  await mark(page, events[1]!.id).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

/** The fields of the default file that a record lists references in. */
interface Listing {
  events: { topics: string[]; people: string[]; sources: unknown[] }[];
  stops: { topics?: string[] }[];
}

test.describe('a record that lists the same reference twice', () => {
  const launch = (dataset as unknown as Listing).events[0]!;

  test.beforeEach(async ({ page }) => {
    const twice = structuredClone(dataset) as unknown as Listing;
    const first = twice.events[0]!;
    first.topics.push('labor');
    first.people.push(first.people[0]!);
    first.sources.push(structuredClone(first.sources[0]));
    twice.stops[0]!.topics = ['labor', 'labor'];
    await serve(page, '/fixtures/twice.json', JSON.stringify(twice, null, 2));
    await open(page, '/?data=/fixtures/twice.json#event=partnership-launch');
  });

  test('the timeline is drawn, with the record once', async ({ page }) => {
    await expect(mark(page, 'partnership-launch')).toHaveCount(1);
    for (const event of dataset.events) await expect(mark(page, event.id)).toHaveCount(1);
  });

  test('each repeat is a warning that names its path and the first place', async ({ page }) => {
    const problems = page.getByRole('region', { name: 'Problems in the events file' });
    const repeats = [
      [`$.events[0].topics[${launch.topics.length}]`, 'The topic "labor" is already listed at'],
      [`$.events[0].people[${launch.people.length}]`, `The person "${launch.people[0]}"`],
      [`$.events[0].sources[${launch.sources.length}]`, 'This reference repeats the one at [0]'],
      ['$.stops[0].topics[1]', 'The topic "labor" is already listed at [0]'],
    ];
    for (const [path, said] of repeats) {
      await expect(problems.getByRole('listitem').filter({ hasText: path! })).toContainText(said!);
    }
    await expect(problems.getByRole('heading', { name: /Records not shown/ })).toHaveCount(0);
  });

  test('the selected record lists each of its topics once', async ({ page }) => {
    const details = page.getByRole('region', { name: 'Details' }).getByRole('article').first();
    const topics = details.getByRole('list').first().getByRole('listitem');
    await expect(topics).toHaveCount(launch.topics.length);
    await expect(topics.filter({ hasText: /^Labor$/ })).toHaveCount(1);
  });
});
