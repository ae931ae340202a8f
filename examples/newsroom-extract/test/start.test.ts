import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));

describe('newsroom-extract', () => {
  it('npm start: the table of what paragraph.txt states, and the ratios between them', () => {
    const { status, stdout } = spawnSync('npm', ['start', '--silent'], { cwd, encoding: 'utf8' });
    expect(status).toBe(0);
    const lines = stdout.split('\n').map((line) => line.trimEnd());
    expect(lines[0]).toBe('4 estimates in paragraph.txt');
    expect(lines).toContain(
      '1  from $12.5 to $19 billion per year  $12.5–19 billion a year   USD/year  exact',
    );
    expect(lines).toContain(
      '2  as much as 60% (of GDP)             up to 60%                 %         at-most',
    );
    expect(lines).toContain(
      '3  easily exceeds 350,000 people       more than 350,000 people  people    more-than',
    );
    expect(lines).toContain(
      '4  between $50 and 75 billion          $50–75 billion            USD       exact',
    );
    // By hand: $19 billion a year ÷ 350,000 people = $54,285.71; $75 billion ÷ 350,000 =
    // $214,285.71; each upper bound, at two figures and a guard digit, rounded up, and open
    // (more than 350,000).
    expect(lines).toContain(
      '#1 ÷ #3  per person  more than $0 and less than $54,300 per person a year',
    );
    expect(lines).toContain('#4 ÷ #3  per person  more than $0 and less than $215,000 per person');
    // "annual revenue" stands far from "$50 and 75 billion", so the figure reads as USD, not
    // USD a year: it cannot be set against the first, and the example says so.
    expect(lines).toContain(
      'Not compared: #1 and #4: USD/year and USD are not the same kind of figure.',
    );
  });

  it('a share between figures of the same kind, as a percent', () => {
    const { status, stdout } = spawnSync('npx', ['tsx', 'main.ts', 'test/two-revenues.txt'], {
      cwd,
      encoding: 'utf8',
    });
    expect(status).toBe(0);
    // 12.5/75 = 16.67% (shown down to 16.6%), 19/50 = 38%.
    expect(stdout).toMatch(/^#1 ÷ #2 +share +16\.6–38%$/m);
  });

  it('the README shows exactly what npm start prints', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const shown = /```text\n([\s\S]*?)```/.exec(readme)?.[1];
    const { stdout } = spawnSync('npm', ['start', '--silent'], { cwd, encoding: 'utf8' });
    expect(stdout).toBe(shown);
  });
});
