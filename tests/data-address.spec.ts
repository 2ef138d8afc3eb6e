/**
 * What `?data=` says when the file does not come: another site that does not allow the
 * read (CORS), a server that never answers, a file over the size limit. A small server
 * of the test's own, on another port, answers as such servers do.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dataset, expect, test } from './helpers';

/** Bytes the server sent of its endless file before the reader hung up. */
let endlessSent = 0;
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/events.json') {
      // No Access-Control-Allow-Origin: a page of another site may not read this.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(dataset));
    } else if (request.url === '/huge.json') {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(100 * 1024 * 1024),
      });
      response.write('{"events": [');
    } else if (request.url === '/endless.json') {
      // Chunked, with no length: it would go on until the reader stops.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 400 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      response.on('close', () => (endlessSent = sent));
      more();
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const alert = (page: import('@playwright/test').Page) => page.getByRole('alert');

test.describe('a file on another site whose server does not allow the read (CORS)', () => {
  // The other site is this test's server, over http on another port, which the page's
  // connect-src (https: and its own origin) would refuse before CORS could: the policy
  // is set aside here, as it is CORS that is under test.
  test.use({ bypassCSP: true });

  for (const { lang, said } of [
    {
      lang: 'en',
      said: (at: string) =>
        `the server at ${at} answered, but does not let other sites read the file (CORS). Its owner can allow it by sending the header "Access-Control-Allow-Origin: *" with the file`,
    },
    {
      lang: 'ja',
      said: (at: string) =>
        `${at} のサーバーは応答しましたが、他のサイトがファイルを読むことを許可していません（CORS）。`,
    },
  ]) {
    test(`under ?lang=${lang}, says that the server does not allow it, and how to fix it`, async ({
      page,
      guard,
    }) => {
      // Chromium logs the refusal; it is the point.
      guard.expectConsoleError(/blocked by CORS policy/);
      guard.expectConsoleError(/Failed to load resource: net::ERR_FAILED/);
      const file = `${origin}/events.json`;
      await page.goto(`/?lang=${lang}&data=${encodeURIComponent(file)}`);
      await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
      await expect(alert(page)).toContainText(file);
      await expect(alert(page)).toContainText(said(origin));
    });
  }
});

for (const { lang, loading, said } of [
  {
    lang: 'en',
    loading: 'Loading the timeline…',
    said: 'Could not load /silent.json: the server sent nothing for 20 seconds; it may be down, or the address may be wrong.',
  },
  {
    lang: 'ja',
    loading: 'タイムラインを読み込んでいます…',
    said: '/silent.json を読み込めませんでした：サーバーから20秒間何も届きませんでした。',
  },
]) {
  test(`under ?lang=${lang}, a server that never answers: loading, then after 20 s it says so`, async ({
    page,
  }) => {
    await page.clock.install();
    // Never fulfilled: the server took the request and says nothing.
    await page.route(
      (url) => url.pathname === '/silent.json',
      () => {},
    );
    await page.goto(`/?lang=${lang}&data=/silent.json`);
    await expect(page.getByRole('status').filter({ hasText: loading })).toBeVisible();
    await page.clock.fastForward(19_000);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'loading');
    await page.clock.fastForward(1_000);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    await expect(alert(page)).toContainText(said);
  });
}

for (const { lang, said } of [
  {
    lang: 'en',
    said: 'Could not load /huge.json: the server says the file is 100 MB, more than the 64 MB a timeline reads.',
  },
  {
    lang: 'ja',
    said: '/huge.json を読み込めませんでした：サーバーによるとファイルは100 MBあり、タイムラインの読み込める64 MBを超えています。',
  },
]) {
  test(`under ?lang=${lang}, a file whose stated length is over the limit is not read`, async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/huge.json',
      (route) => route.continue({ url: `${origin}/huge.json` }),
    );
    await page.goto(`/?lang=${lang}&data=/huge.json`);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    await expect(alert(page)).toHaveText(new RegExp(said.replace(/[().]/g, '\\$&')));
  });
}

test('a file with no stated length is read up to the limit, and no further', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/endless.json',
    (route) => route.continue({ url: `${origin}/endless.json` }),
  );
  endlessSent = 0;
  await page.goto('/?data=/endless.json');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
  await expect(alert(page)).toContainText(
    'Could not load /endless.json: the file is larger than the 64 MB a timeline reads, so it was not read to its end.',
  );
  // The page hung up: the server sent not much more than 64 MB of its 400 (what was in
  // flight in the network's buffers when it stopped).
  await expect.poll(() => endlessSent).toBeGreaterThan(64 * 1024 * 1024);
  expect(endlessSent).toBeLessThan(200 * 1024 * 1024);
});
