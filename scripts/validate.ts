/**
 * `npm run validate [file] [--all]`: checks an events file (the default dataset when none
 * is given), prints each problem with its JSON path, and exits 1 when any is an error.
 * Past the first 200 problems, the rest are counted by kind, as the page shows them;
 * `--all` prints every one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadText } from '../src/lib/data/load.ts';
import { hasErrors } from '../src/lib/data/problems.ts';
import { inEnglish } from '../src/lib/i18n/problemsEn.ts';
import { LISTED, listed } from '../src/lib/data/listed.ts';
import { clip, QUOTED } from '../src/lib/data/said.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const file =
  args.find((arg) => arg !== '--all') ??
  fileURLToPath(new URL('../data/events.json', import.meta.url));
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`);
  process.exit(1);
}
const { data, problems, skipped } = await loadText(text, Buffer.byteLength(text));
// A path through a field named with 20,000 characters is shown by its start, as on the page.
const path = (text: string) => (all ? text : clip(text, 2 * QUOTED));
const lines: string[] = [];
for (const p of all ? problems : listed(problems))
  lines.push(
    `${p.severity === 'error' ? 'error  ' : 'warning'} ${path(p.path)}: ${inEnglish(p.said)}`,
  );
const shown = all ? skipped : skipped.slice(0, LISTED);
for (const s of shown) lines.push(`skipped ${s.path}${s.id ? ` (${s.id})` : ''}`);
if (shown.length < skipped.length) {
  lines.push(`skipped ${skipped.length - shown.length} more, not listed (--all lists them)`);
}
// One write: a console.log per line of a long report costs more than the checks did.
if (lines.length) console.log(lines.join('\n'));
const errors = problems.filter((p) => p.severity === 'error').length;
const kept = data
  ? `${data.events.length} events, ${data.topics.length} topics, ${data.sources.length} sources kept`
  : 'nothing kept';
console.log(
  `${file}: ${errors} error(s), ${problems.length - errors} warning(s), ${skipped.length} skipped; ${kept}.`,
);
// Not process.exit(): it would end the process before a long report is through a pipe.
process.exitCode = hasErrors(problems) ? 1 : 0;
