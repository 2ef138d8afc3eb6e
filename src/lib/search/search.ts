/**
 * Finding events by a word: each event's title, summary, quoted sentences, people and
 * topics, in every language the data gives them, so a Japanese word finds an event in an
 * English page and a person's romanised name finds it in a Japanese one. A query's words
 * must all be found (in any of the event's texts); the hits come in the order of where
 * the first word matched (a title before a quote), then in time order.
 */
import type { Text } from '../data/schema';
import type { Checked } from '../data/semantics';

/** Where a word was found, best first. */
export const FIELDS = ['title', 'topic', 'person', 'place', 'summary', 'quote'] as const;
export type Field = (typeof FIELDS)[number];

export interface Entry {
  /** Each text of the event, normalised, with where it comes from. */
  texts: { field: Field; text: string }[];
}

export interface Hit {
  /** The event's index in time order. */
  event: number;
  /** Where the query's first word was found. */
  field: Field;
}

/** Case, width and accents folded: "ＵＳＴＲ" finds "USTR", "Tokyo" finds "tōkyō". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase();
}

const all = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

/** Every event's texts, in the events' time order. */
export function searchIndex(data: Checked): Entry[] {
  const topics = new Map(data.topics.map((topic) => [topic.id, topic]));
  const people = new Map(data.people.map((person) => [person.id, person]));
  return data.events.map((event) => {
    const texts: Entry['texts'] = [];
    const add = (field: Field, values: string[]) => {
      for (const value of values) texts.push({ field, text: fold(value) });
    };
    add('title', all(event.title));
    for (const id of event.topics) add('topic', all(topics.get(id)?.label));
    for (const id of event.people ?? []) add('person', all(people.get(id)?.name));
    add('place', [...all(event.place), ...(event.zones ?? []).flatMap((z) => all(z.place))]);
    add('summary', all(event.summary));
    const refs = [...event.sources, ...(event.expected ? [event.expected.source] : [])];
    add(
      'quote',
      refs.flatMap((ref) => (ref.quote ? [ref.quote] : [])),
    );
    return { texts };
  });
}

export function search(index: readonly Entry[], query: string, limit = 12): Hit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits: Hit[] = [];
  index.forEach(({ texts }, event) => {
    if (!words.every((word) => texts.some(({ text }) => text.includes(word)))) return;
    const first = texts.find(({ text }) => text.includes(words[0]!))!;
    hits.push({ event, field: first.field });
  });
  const rank = (hit: Hit) => FIELDS.indexOf(hit.field);
  return hits.sort((a, b) => rank(a) - rank(b) || a.event - b.event).slice(0, limit);
}
