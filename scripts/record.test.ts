/**
 * The default dataset against the source texts it ships with (data/sources/, one file a
 * source, named by its id): what the dataset quotes is in the text, word for word, and
 * what it says of each source agrees with the text's own header. Runs on the shipped
 * files alone.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, SourceRef } from '../src/lib/data/schema.ts';

const DATA = new URL('../data/', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('events.json', DATA), 'utf8')) as Dataset;
const sources = new Map(dataset.sources.map((source) => [source.id, source]));

const fileOf = (id: string) => new URL(`sources/${id}.txt`, DATA);
const textOf = (id: string) => readFileSync(fileOf(id), 'utf8');

/** Only runs of whitespace may differ: line breaks and indents are the copy's, not the source's. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A header line's value (`URL: …`); the header is the lines before the first blank one. */
function headerLine(id: string, field: string): string {
  const header = textOf(id).split(/\r?\n\s*\r?\n/, 1)[0] ?? '';
  const line = header.split(/\r?\n/).find((l) => l.startsWith(`${field}: `));
  return line?.slice(field.length + 2) ?? '';
}

/** Every source reference of the dataset, with where it is. */
function references(): { at: string; ref: SourceRef }[] {
  const out: { at: string; ref: SourceRef }[] = [];
  for (const event of dataset.events) {
    event.sources.forEach((ref, i) => out.push({ at: `${event.id} sources[${i}]`, ref }));
    if (event.expected) out.push({ at: `${event.id} expected`, ref: event.expected.source });
    event.claims?.forEach((claim, i) =>
      out.push({ at: `${event.id} claims[${i}]`, ref: claim.source }),
    );
  }
  for (const period of dataset.periods ?? []) {
    period.sources?.forEach((ref, i) => out.push({ at: `${period.id} sources[${i}]`, ref }));
  }
  return out;
}

const quoted = references().filter(({ ref }) => ref.quote !== undefined);
const quotedIds = [...new Set(quoted.map(({ ref }) => ref.source))];

describe('the source texts of the dataset (data/sources/)', () => {
  it.each(quotedIds)('the quoted source %s has its text, named by its id', (id) => {
    expect(existsSync(fileOf(id)), `data/sources/${id}.txt`).toBe(true);
  });

  it.each(quoted.map(({ at, ref }) => [at, ref] as const))(
    'the quote of %s is in its source’s text, word for word',
    (_, ref) => {
      expect(normalise(textOf(ref.source))).toContain(normalise(ref.quote!));
    },
  );

  const held = dataset.sources.filter((source) => existsSync(fileOf(source.id)));

  it.each(held.map((source) => [source.id, source.url] as const))(
    'the URL line of %s names the address the dataset cites',
    (id, url) => {
      // A line may give a copy and the normal form of an address: the one cited is among them.
      const named = headerLine(id, 'URL').match(/https?:\/\/[^\s)]+/g) ?? [];
      expect(named).toContain(url);
    },
  );

  it.each(held.map((source) => [source.id, source.level] as const))(
    '%s is never called primary where its text is not: level %s',
    (id, level) => {
      const line = headerLine(id, 'Level');
      expect(line).toMatch(/^(primary|secondary)\b/);
      // A primary text held through a repost or a mirror is cited at that copy: secondary.
      if (level === 'primary') expect(line).toMatch(/^primary\b(?!.*\b(repost|mirror)\b)/);
    },
  );

  it.each(held.map((source) => [source.id, source.language] as const))(
    'the language of %s, %s, is its text’s',
    (id, language) => {
      const names: Record<string, string> = { en: 'English', ja: 'Japanese' };
      expect(headerLine(id, 'Language')).toMatch(new RegExp(`^${names[language ?? 'en']}\\b`));
    },
  );

  it('every text belongs to a source of the dataset, and the README lists it', () => {
    const readme = readFileSync(new URL('sources/README.md', DATA), 'utf8');
    const files = readdirSync(new URL('sources/', DATA)).filter((name) => name.endsWith('.txt'));
    for (const name of files) {
      expect(sources.has(name.replace(/\.txt$/, '')), name).toBe(true);
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});

describe('events and their sources', () => {
  // An event with no primary source is marked secondary: every source it cites is, and
  // its summary says so in each language, beside the page's own mark on each citation.
  it.each(dataset.events.map((event) => [event.id, event] as const))(
    '%s has a primary source, or says it rests on secondary ones',
    (_, event) => {
      const levels = event.sources.map((ref) => sources.get(ref.source)?.level);
      expect(levels.every((level) => level === 'primary' || level === 'secondary')).toBe(true);
      if (levels.includes('primary')) return;
      const summary = event.summary;
      expect(typeof summary === 'object' ? summary['en'] : summary).toMatch(/\bsecondary\b/);
      if (typeof summary === 'object' && summary['ja']) expect(summary['ja']).toMatch(/二次資料/);
    },
  );
});
