import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
