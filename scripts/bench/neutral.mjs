// @ts-check
/**
 * The shared harness's "neutral" events ({ events: [{ id, title, start, end?, topics,
 * summary }] }) in our events format, so our app draws the very events the peers draw.
 * Plain JavaScript: the harness's config (harness.config.mjs) runs it under bare Node.
 *
 * CLI: `node scripts/bench/neutral.mjs <neutral-N.json> <out.json>`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_ID = 'bench-neutral';
const slug = (/** @type {string} */ s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'topic';

/**
 * @param {{ events: { id: string, title: string, start: string, end?: string,
 *   topics: string[], summary: string }[] }} neutral
 */
export function fromNeutral(neutral) {
  /** @type {Map<string, string>} */
  const topics = new Map();
  for (const e of neutral.events) for (const t of e.topics) topics.set(slug(t), t);
  const events = neutral.events.map((e) => {
    const quote = (e.summary.split('. ')[0] ?? e.summary).replace(/\.?$/, '.');
    return {
      id: slug(e.id),
      // Plain strings, as the neutral format has them: our format reads them as English.
      title: e.title,
      date: e.end && e.end !== e.start ? `${e.start}/${e.end}` : e.start,
      status: 'held',
      topics: [...new Set(e.topics.map(slug))],
      summary: e.summary,
      sources: [{ source: SOURCE_ID, quote }],
    };
  });
  return {
    title: { en: `Benchmark timeline, ${events.length} synthetic events` },
    description: { en: 'The shared benchmark harness’s synthetic events; not real.' },
    languages: ['en'],
    sources: [
      {
        id: SOURCE_ID,
        title: { en: 'Synthetic benchmark events' },
        publisher: { en: 'Timeline benchmark harness' },
        url: 'https://example.org/bench/neutral',
        published: '2022-01-01',
        level: 'primary',
        language: 'en',
      },
    ],
    topics: [...topics].map(([id, label]) => ({ id, label: { en: label } })),
    events,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node scripts/bench/neutral.mjs <neutral-N.json> <out.json>');
    process.exit(2);
  }
  writeFileSync(output, JSON.stringify(fromNeutral(JSON.parse(readFileSync(input, 'utf8')))));
}
