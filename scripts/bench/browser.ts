/**
 * The headless Chromium every run uses. CHROMIUM_PATH picks a local build (to compare
 * browsers, or where the packed one cannot run); otherwise @sparticuz/chromium unpacks
 * a pinned build, so the figures do not drift with whatever browser a machine has.
 */
import { chromium, type Browser } from 'playwright-core';

const CHROME_ARGS = [
  '--no-sandbox',
  // Software rendering everywhere, so machines with and without a GPU compare.
  '--disable-gpu',
  // No background downloads competing with the page for CPU and network.
  '--disable-background-networking',
  '--disable-component-update',
  '--headless=new',
];

async function executablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { default: packed } = await import('@sparticuz/chromium');
  return packed.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await executablePath(),
    headless: true,
    args: CHROME_ARGS,
  });
}
