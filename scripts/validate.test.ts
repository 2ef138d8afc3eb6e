import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dataset = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'));

/** `npx tsx scripts/validate.ts [file]`, run from the project root as an author would. */
function validate(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run validate', { timeout: 30_000 }, () => {
  it('passes the dataset by default: exit 0 and a summary line', () => {
    const run = validate();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const kept = `${dataset.events.length} events, ${dataset.topics.length} topics, ${dataset.sources.length} sources kept`;
    expect(run.stdout).toMatch(
      new RegExp(`events\\.json: 0 error\\(s\\), 0 warning\\(s\\), 0 skipped; ${kept}\\.\\n$`),
    );
  });

  it('fails a broken file: exit 1, each error with its JSON path', () => {
    const run = validate('src/lib/data/fixtures/broken.json');
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(
      'error   $.events[0].date: "2023-02-30": February 2023 has 28 days',
    );
    expect(run.stdout).toContain('skipped $.events[0] (e)');
    expect(run.stdout).toMatch(/broken\.json: 1 error\(s\), 0 warning\(s\), 1 skipped; 0 events/);
  });

  it('fails a file that cannot be read: exit 1 with the reason', () => {
    const run = validate('no-such-file.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-such-file\.json: cannot be read \(ENOENT\)/);
  });

  it('lists the first 200 problems of a file with thousands, then counts the rest by kind', () => {
    const events = Array.from({ length: 2_000 }, (_, i) => ({ id: `e-${i}` }));
    const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'all-bad.json');
    writeFileSync(file, JSON.stringify({ ...dataset, events }));
    const run = validate(file);
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('error'));
    // Each event lacks five fields: 10,000 problems of one kind; and the stops name events
    // no longer there, one line more.
    const stops = (dataset.stops as { event?: string }[]).filter((stop) => stop.event).length;
    expect(errors).toHaveLength(stops ? 202 : 201);
    expect(errors[200]).toBe(
      'error   $.events[40].title: "title" is required. And 9,799 more of the same kind, not listed.',
    );
    expect(run.stdout).toContain('skipped 1800 more, not listed (--all lists them)');
    expect(run.stdout).toContain(
      `: ${10_000 + stops} error(s), 0 warning(s), 2000 skipped; 0 events`,
    );
    const all = validate(file, '--all');
    expect(all.stdout.split('\n').filter((line) => line.startsWith('error'))).toHaveLength(
      10_000 + stops,
    );
  });
});
