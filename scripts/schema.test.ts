import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema } from './schema.ts';

const read = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');

describe('the published JSON Schema', () => {
  it('data/events.schema.json is exactly what buildSchema() writes (run `npm run schema`)', () => {
    expect(read('events.schema.json')).toBe(buildSchema());
  });

  it('the dataset points its "$schema" at the published schema', () => {
    expect(JSON.parse(read('events.json')).$schema).toBe('./events.schema.json');
  });

  it('the schema is strict about event fields and requires the four record lists', () => {
    const schema = JSON.parse(buildSchema());
    expect(schema.required).toEqual(
      expect.arrayContaining(['title', 'sources', 'topics', 'events']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.events.items.additionalProperties).toBe(false);
  });
});
