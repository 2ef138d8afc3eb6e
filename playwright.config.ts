/**
 * Browser tests in a real Chromium. The Chromium comes from the npm package
 * @sparticuz/chromium (installed by `npm ci`), so a fresh machine needs no download;
 * CHROMIUM_PATH may point at another build (e.g. /usr/bin/chromium).
 */
import { defineConfig } from '@playwright/test';
import chromium from '@sparticuz/chromium';

const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
// Another port (TEST_PORT) lets two checkouts run their tests side by side.
const port = Number(process.env.TEST_PORT ?? 4174);
// A second origin: a reveal.js deck and a host page that embed the app (tests/deck/).
const deckPort = port + 1;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node tests/deck/server.mjs`,
      env: { DECK_PORT: String(deckPort) },
      url: `http://127.0.0.1:${deckPort}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
