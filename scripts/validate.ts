/**
 * `npm run validate [file]`: checks an events file (the default dataset when none is
 * given), prints each problem with its JSON path, and exits 1 when any is an error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadText } from '../src/lib/data/load.ts';
import { hasErrors } from '../src/lib/data/problems.ts';
import { inEnglish } from '../src/lib/i18n/problemsEn.ts';

const file = process.argv[2] ?? fileURLToPath(new URL('../data/events.json', import.meta.url));
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`);
  process.exit(1);
}
const { data, problems, skipped } = await loadText(text, Buffer.byteLength(text));
for (const p of problems)
  console.log(`${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path}: ${inEnglish(p.said)}`);
for (const s of skipped) console.log(`skipped ${s.path}${s.id ? ` (${s.id})` : ''}`);
const errors = problems.filter((p) => p.severity === 'error').length;
const kept = data
  ? `${data.events.length} events, ${data.topics.length} topics, ${data.sources.length} sources kept`
  : 'nothing kept';
console.log(
  `${file}: ${errors} error(s), ${problems.length - errors} warning(s), ${skipped.length} skipped; ${kept}.`,
);
process.exit(hasErrors(problems) ? 1 : 0);
