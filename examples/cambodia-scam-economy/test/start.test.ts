import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const seed = JSON.parse(readFileSync(new URL('../dossier.json', import.meta.url), 'utf8')) as {
  title: string;
};

let status: number | null;
let stdout: string;
let stderr: string;

// Runs the example the way its README (and the root `npm run demo`) says.
beforeAll(() => {
  ({ status, stdout, stderr } = spawnSync('npm', ['start', '--silent'], { cwd, encoding: 'utf8' }));
});

describe('cambodia-scam-economy: npm start', () => {
  it('validates the dossier and exits 0, saying so on stderr', () => {
    expect(status).toBe(0);
    expect(stderr).toMatch(
      /^dossier\.json: valid; \d+ derived figures, \d+ findings? \(0 errors\)\n$/,
    );
  });

  it('prints the brief: title, and the estimates as the report states them', () => {
    expect(stdout.startsWith(`# ${seed.title}\n`)).toBe(true);
    expect(stdout).toMatch(
      /^\| Revenue from scam operations in Cambodia +\| \$12\.5–19 billion a year +\|/m,
    );
    expect(stdout).toMatch(/\| more than 350,000 people +\|/);
  });

  it('prints what the numbers imply, with the figures worked out by hand', () => {
    expect(stdout).toContain('\n## What the numbers imply\n');
    // $12.5 billion ÷ at most 60% of GDP: GDP at least $20.83 billion.
    expect(stdout).toContain('**at least $20.8 billion a year**');
    // $12.5–19 billion of $50–75 billion: 12.5/75 = 16.67% to 19/50 = 38%, rounded outward.
    expect(stdout).toContain('**16.6–38%**');
    // $75 billion ÷ more than 350,000 people: under $214,286 a head, rounded up.
    // A figure from positive amounts is positive, so the excluded 0 goes unsaid.
    expect(stdout).toContain('**less than $215,000 per person a year**');
    // ...flagged because the revenue covers the region and the workers three countries.
    expect(stdout).toContain('(`scope-mismatch`)');
  });

  it('prints the government’s response beside what it rebuts', () => {
    expect(stdout).toContain('Touch Sokhak');
    expect(stdout).toContain('ridiculous');
  });

  it('the README shows the summary line npm start prints', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(/```text\n([\s\S]*?)```/.exec(readme)?.[1]).toBe(stderr);
  });
});
