import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));
// The built bin of @reckon/cli, found by package name as a user's project would find it.
const require = createRequire(import.meta.url);
const BIN = join(dirname(require.resolve('@reckon/cli/package.json')), 'dist', 'main.js');
// Debian's Python, where python3-distributed installs Dask.
const PYTHON = '/usr/bin/python3';
// A LocalCluster starts worker processes and each partition starts node: minutes on a busy
// machine, so the limit is generous. It guards against a hang; it is not a timing assertion.
const LIMIT = 600_000;

const RECORDS = 10_000;

describe('dask-extract', () => {
  it('finds as many hits across a LocalCluster as one reckon process over the same corpus', {
    timeout: LIMIT + 60_000,
  }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'reckon-dask-'));
    const corpus = join(dir, 'corpus.jsonl');
    const made = spawnSync(PYTHON, ['make_corpus.py', String(RECORDS)], {
      cwd: here,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(made.status, made.stderr).toBe(0);
    const lines = made.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RECORDS);
    // One malformed record in the middle: it must be counted, and must not stop the rest.
    lines.splice(RECORDS / 2, 0, '{"id": "broken", "text": ');
    writeFileSync(corpus, `${lines.join('\n')}\n`);

    const single = spawnSync(process.execPath, [BIN, 'extract', '--jsonl', corpus, '--jobs', '1'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: LIMIT,
    });
    expect(single.status).toBe(1);
    expect(single.stderr).toContain('1 malformed record was skipped');
    const singleHits = single.stdout.trimEnd().split('\n').length;
    expect(singleHits).toBeGreaterThan(RECORDS);

    const out = join(dir, 'hits');
    const dask = spawnSync(
      PYTHON,
      ['extract_hits.py', corpus, '--out', out, '--workers', '2', '--blocksize', '512KiB'],
      {
        cwd: here,
        encoding: 'utf8',
        env: { ...process.env, RECKON: `"${process.execPath}" "${BIN}"` },
        timeout: LIMIT,
      },
    );
    expect(dask.status, dask.stderr).toBe(0);
    const summary = dask.stdout.split('\n');
    expect(summary[0]).toMatch(new RegExp(`^${singleHits} hits in [\\d.]+ s, written to `));
    expect(summary).toContain("1 malformed record skipped (see the 'malformed' lines)");
    expect(summary).toContain('hits per currency:');
    expect(summary).toContain('largest figures:');

    // The files hold the same hits as the single run: same lines, whatever the partitioning.
    const written = readdirSync(out)
      .filter((name) => name.endsWith('.jsonl'))
      .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
      .flatMap((name) => readFileSync(join(out, name), 'utf8').trimEnd().split('\n'))
      .filter((line) => line !== '' && !line.startsWith('{"malformed"'));
    expect(written).toHaveLength(singleHits);
    expect(written.join('\n')).toBe(single.stdout.trimEnd());
  });

  // The README's command, as a new user runs it after a fresh install: npm links no `reckon`
  // bin for a workspace package that was not built yet, so the script must not need one.
  it('runs as the README says: npm start writes the hits and the summary', {
    timeout: LIMIT + 60_000,
  }, () => {
    const started = spawnSync('npm', ['start', '--silent'], {
      cwd: here,
      encoding: 'utf8',
      env: { ...process.env, PATH: process.env.PATH?.replace(/[^:]*node_modules\/\.bin:?/g, '') },
      timeout: LIMIT,
    });
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout).toMatch(/^\d+ hits in [\d.]+ s, written to hits\/\n/);
    expect(started.stdout).toContain('hits per currency:');
  });
});
