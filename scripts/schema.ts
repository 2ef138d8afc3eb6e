/**
 * Writes the JSON Schema derived from the valibot definitions of the format
 * (data/events.schema.json), so editors can check and autocomplete events files. `npm
 * run schema` after changing src/lib/data/schema.ts; a unit test fails while the file is
 * out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Dataset } from '../src/lib/data/schema.ts';

export function buildSchema(): string {
  // `check` actions (EDTF meaning, references) cannot be said in JSON Schema; the
  // validator adds them, so the editor's schema is a strict subset of the rules.
  const schema = toJsonSchema(Dataset, { errorMode: 'ignore' });
  const published = {
    $id: 'events.schema.json',
    title: 'Partnership Timeline events file',
    description: 'Sources, topics, people, periods, events and presenter stops for a timeline.',
    ...schema,
  };
  return JSON.stringify(published, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../data/events.schema.json', import.meta.url);
  writeFileSync(target, buildSchema());
  console.log(`wrote ${fileURLToPath(target)}`);
}
