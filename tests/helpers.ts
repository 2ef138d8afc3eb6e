/**
 * Shared fixtures for the browser tests. Every test fails on a console error, an uncaught
 * exception, a dialog (alert/confirm/prompt) or a breach of the Content-Security-Policy
 * that `vite preview` sends (public/_headers), unless it declares the one console error
 * it expects (a 404 in the network, which Chromium logs as an error).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

/** Collects what the page reports; asserted clean at the end of each test. */
export class PageGuard {
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];
  /** What the page's policy refused: a script, a style, a fetch, a string for an HTML sink. */
  readonly violations: string[] = [];
  readonly allowed: RegExp[] = [];
  readonly allowedSeen = new Set<RegExp>();

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const allowed = this.allowed.find((pattern) => pattern.test(text));
      if (allowed) this.allowedSeen.add(allowed);
      else this.errors.push(`console.error: ${text}`);
    });
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.message}`));
    page.on('dialog', async (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
  }

  /** Declare one console error this test expects; it must then really occur. */
  expectConsoleError(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  assertClean(): void {
    expect(this.violations, 'no breach of the Content-Security-Policy').toEqual([]);
    expect(this.dialogs, 'no dialog may open').toEqual([]);
    expect(this.errors, 'no console error or uncaught exception').toEqual([]);
    for (const pattern of this.allowed) {
      expect(this.allowedSeen.has(pattern), `expected console error ${pattern}`).toBe(true);
    }
  }
}

/** Tells the test of each breach of the page's policy, in every document the page holds. */
function reportViolations(): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      const report = (window as unknown as { __violation: (text: string) => void }).__violation;
      report(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${where}: ${event.sample}`,
      );
    },
    true,
  );
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ page }, use) => {
      const guard = new PageGuard(page);
      await page.exposeFunction('__violation', (text: string) => guard.violations.push(text));
      await page.addInitScript(reportViolations);
      await use(guard);
      guard.assertClean();
    },
    { auto: true },
  ],
});

/** The default dataset, read from the repository so the tests follow it. */
export const dataset = JSON.parse(
  readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'),
) as {
  events: {
    id: string;
    date: string;
    title: string | Record<string, string>;
    topics: string[];
  }[];
  topics: { id: string; parent?: string }[];
  asOf: string;
  [key: string]: unknown;
};

/**
 * The first event of the dataset that a topic's filter leaves out: none of its topics is
 * that topic, nor a sub-topic of it.
 */
export function eventOutside(topic: string): { id: string; title: string } {
  const parents = new Map(dataset.topics.map((t) => [t.id, t.parent]));
  const event = dataset.events.find(
    (e) => !e.topics.some((id) => id === topic || parents.get(id) === topic),
  );
  if (!event) throw new Error(`every event is in ${topic}`);
  const { title } = event;
  return { id: event.id, title: typeof title === 'string' ? title : (title['en'] ?? '') };
}

/** Open a URL of the app and wait until its first view has rendered. */
export async function open(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
}

/** The timeline's drawing (the <svg> that holds the marks). */
export function timeline(page: Page): Locator {
  return page.locator('svg[role="group"]').filter({ has: page.locator('[data-event-id]') });
}

/** An event's mark on the timeline (data-event-id is a public hook). */
export function mark(page: Page, id: string): Locator {
  return page.locator(`svg [data-event-id="${id}"]`);
}

/** A topic panel (data-topic-id is a public hook). */
export function topicPanel(page: Page, id: string): Locator {
  return page.locator(`[data-topic-id="${id}"]`);
}

/** The detail panel, as a screen reader finds it. */
export function details(page: Page): Locator {
  return page.getByRole('region', { name: 'Details' });
}

/** The hash as key/value pairs. */
export async function hashParams(page: Page): Promise<Record<string, string>> {
  const hash = await page.evaluate(() => location.hash);
  return Object.fromEntries(new URLSearchParams(hash.replace(/^#/, '')));
}

/** Wait for the (debounced) hash to hold a visible window, and return it. */
export async function windowInHash(page: Page): Promise<{ from: string; to: string }> {
  await expect.poll(async () => (await hashParams(page)).from ?? null).not.toBeNull();
  const { from, to } = await hashParams(page);
  return { from: from!, to: to! };
}

/** The visible window once the hash has settled to something other than `previous`. */
export async function nextWindow(
  page: Page,
  previous: { from?: string; to?: string } | null,
): Promise<{ from: string; to: string }> {
  await expect
    .poll(async () => {
      const { from, to } = await hashParams(page);
      return from && to && (from !== previous?.from || to !== previous?.to)
        ? `${from}/${to}`
        : null;
    })
    .not.toBeNull();
  return windowInHash(page);
}

/** Days between two ISO dates. */
export function days(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** The words drawn on the timeline outside the marks: axis ticks, their context, periods. */
export async function axisWords(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('text')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.closest('[data-event-id]'))
        .map((node) => node.textContent?.trim() ?? '')
        .filter(Boolean),
    );
}

/** Serve a body at a URL the app will fetch for ?data=. */
export async function serve(
  page: Page,
  path: string,
  body: string,
  status = 200,
  contentType = 'application/json',
): Promise<void> {
  // Match the path only: the page's own URL holds the same text in its ?data= query.
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status, body, contentType }),
  );
}

/** Whether an event's mark is drawn inside the timeline's visible width. */
export async function isInTimelineView(page: Page, id: string): Promise<boolean> {
  // Marks outside the window may not be drawn at all.
  if ((await mark(page, id).count()) === 0) return false;
  const [box, plot] = await Promise.all([
    mark(page, id).boundingBox({ timeout: 1000 }),
    timeline(page).boundingBox(),
  ]);
  if (!box || !plot) return false;
  const centre = box.x + box.width / 2;
  return centre >= plot.x && centre <= plot.x + plot.width;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};

/**
 * Run axe-core's WCAG 2.2 AA rules and describe each violation in a readable line. axe
 * compiles functions at run time and fills a <style> through innerHTML, which the page's
 * policy forbids, as it should: so it runs in a world of its own beside the page's, which
 * sees the same document and is under no policy.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'axe',
    });
    const evaluate = async (expression: string) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`axe: ${exceptionDetails.exception?.description}`);
      return result.value as unknown;
    };
    await evaluate(readFileSync(axePath, 'utf8'));
    const violations = await evaluate(
      `axe.run(document, ${JSON.stringify(AXE_OPTIONS)}).then((result) => result.violations)`,
    );
    return (violations as AxeViolation[]).flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(node.target)}\n    ${(
            node.failureSummary ?? ''
          ).replace(/\n/g, '\n    ')}`,
      ),
    );
  } finally {
    await cdp.detach();
  }
}

/**
 * Serve the default dataset with every status, an uncertain day and, if given, other
 * titles by event id; returns the app's URL that loads it.
 */
export async function serveEveryKind(
  page: Page,
  titles: Record<string, string> = {},
): Promise<string> {
  const events = dataset.events.map((event, i) => ({
    ...event,
    status: ['held', 'announced', 'postponed', 'cancelled', 'scheduled', 'expected'][i] ?? 'held',
    date: i === 6 ? `${event.date.slice(0, 10)}?` : event.date,
    title: titles[event.id] ?? event.title,
  }));
  await serve(page, '/every-kind.json', JSON.stringify({ ...dataset, events }));
  return '/?data=/every-kind.json';
}

/** WCAG's contrast ratio of two computed colours (`rgb(…)`, opaque). */
export function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
