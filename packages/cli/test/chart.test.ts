import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, reckon, SEED, STACK_LINE } from './helpers/reckon';

// Spawning the bin on a busy two-core machine can take seconds.
const SPAWN = { timeout: 60_000 };

const seed = JSON.parse(readFileSync(SEED, 'utf8')) as {
  title: string;
  reports: { estimates?: { metric: string }[] }[];
  estimates?: { metric: string }[];
};
const stated = [
  ...seed.reports.flatMap((report) => report.estimates ?? []),
  ...(seed.estimates ?? []),
];
const statedCount = stated.length;
const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('reckon chart', () => {
  it('draws every estimate of the seed and its derived figures as one SVG', SPAWN, async () => {
    const { code, stdout, stderr } = await reckon(['chart', SEED]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(stdout.trimEnd().endsWith('</svg>')).toBe(true);
    expect(stdout).toContain(`<title id="reckon-chart-title">${seed.title}</title>`);
    const derived = count(stdout, '<g class="interval derived"');
    expect(derived).toBeGreaterThan(0);
    expect(count(stdout, '<g class="interval"')).toBe(statedCount);
    expect(statedCount).toBeGreaterThan(0);
    for (const estimate of stated) expect(stdout).toContain(estimate.metric);
  });

  it('draws only the stated estimates with --no-derived', SPAWN, async () => {
    const { code, stdout } = await reckon(['chart', SEED, '--no-derived']);
    expect(code).toBe(0);
    expect(count(stdout, '<g class="interval derived"')).toBe(0);
    expect(count(stdout, '<g class="interval"')).toBe(statedCount);
  });

  it('writes to --out, with the title, width and scale asked for', SPAWN, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reckon-chart-')), 'chart.svg');
    const args = ['chart', SEED, '--out', out, '--title', 'Scams', '--width', '960'];
    const { code, stdout } = await reckon([...args, '--scale', 'linear']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('width="960"');
    expect(svg).toContain('<title id="reckon-chart-title">Scams</title>');
    expect(svg).not.toContain('log scale');
  });

  it.each([
    [['--width', '"><script>alert(1)</script>'], 'chart option "width"'],
    [['--width=-5'], 'chart option "width"'],
    [['--scale', 'logarithmic'], 'chart option "scale"'],
  ])('refuses %j as a usage error naming the option', SPAWN, async (extra, named) => {
    const { code, stdout, stderr } = await reckon(['chart', SEED, ...extra]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(named);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('draws nothing for an invalid dossier and says why', SPAWN, async () => {
    const { code, stdout, stderr } = await reckon(['chart', fixture('invalid.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('nothing drawn');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('draws a dossier whose figure is near MAX_VALUE, which used to hang', SPAWN, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reckon-chart-'));
    const file = join(dir, 'huge.json');
    const dossier = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: dossier.schemaVersion,
        estimates: [{ id: 'huge', metric: 'Huge', range: { low: 0, high: 1.6e308, unit: 'USD' } }],
      }),
    );
    const { code, stdout, stderr } = await reckon(['chart', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/NaN|Infinity/);
  });
});
