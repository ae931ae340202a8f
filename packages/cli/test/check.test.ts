import { describe, expect, it } from 'vitest';
import { fixture, reckon, SEED } from './helpers/reckon';

interface CheckReport {
  file: string;
  figures: { id: string; kind: string; range: Record<string, unknown>; inputs: string[] }[];
  findings: { code: string; severity: string; message: string; refs: string[] }[];
  counts: { error: number; warning: number; info: number };
}

describe('reckon check', () => {
  it('prints what the seed’s numbers imply, at their figures and a guard digit, rounded outward; exit 0', async () => {
    const { code, stdout, stderr } = await reckon(['check', SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('What the numbers imply (derived)\n')).toBe(true);
    // By hand: $12.5 billion ÷ 60% = $20.83 billion, the least GDP the share allows.
    expect(stdout).toContain(': at least $20.8 billion a year\n');
    // $12.5–19 billion ÷ $50–75 billion: 12.5/75 = 16.67% (shown down, 16.6%) to 19/50 = 38%.
    expect(stdout).toContain(': 16.6–38%\n');
    // $75 billion ÷ more than 350,000 people: less than $214,286 (shown up, 215,000); a
    // computed figure from positive amounts is positive, so the excluded 0 goes unsaid.
    expect(stdout).toContain(': less than $215,000 per person a year\n');
    expect(stdout).toContain('    from regional-scam-revenue, scam-labour-force\n');
    expect(stdout).toContain('\nFindings\n  warning scope-mismatch: ');
    expect(stdout).toMatch(/: 5 derived figures; 0 errors, 1 warning, 0 info\n$/);
  });

  it('--json gives figures with ranges in JSON form, findings and counts', async () => {
    const { code, stdout } = await reckon(['check', SEED, '--json']);
    expect(code).toBe(0);
    const report = (JSON.parse(stdout) as { files: CheckReport[] }).files[0]!;
    expect(report.file).toBe(SEED);
    const byKind = new Map(report.figures.map((f) => [f.kind, f]));
    const gdp = byKind.get('implied-base');
    expect(gdp?.inputs).toEqual(['cambodia-scam-revenue', 'cambodia-scam-revenue-share-of-gdp']);
    expect(gdp?.range.low).toBeCloseTo(12.5e9 / 0.6, 0);
    expect(gdp?.range.high).toBeNull(); // open: the share has no lower bound
    const share = byKind.get('part-of-whole');
    expect(share?.range.unit).toBe('%');
    expect(share?.range.low).toBeCloseTo((12.5 / 75) * 100, 10);
    expect(share?.range.high).toBeCloseTo((19 / 50) * 100, 10);
    const perWorker = byKind.get('per-unit');
    expect(perWorker?.range).toMatchObject({
      low: 0,
      lowInclusive: false,
      unit: 'USD/person/year',
    });
    expect(perWorker?.range.high).toBeCloseTo(75e9 / 350000, 6);
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
      ['scope-mismatch', 'warning'],
    ]);
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it('exits 1 when a finding has severity error: a country above its region', async () => {
    const { code, stdout } = await reckon(['check', fixture('part-exceeds-whole.json')]);
    expect(code).toBe(1);
    // Nothing is derived from two figures that contradict each other, so the findings come first.
    expect(stdout.startsWith('Findings\n  error part-exceeds-whole: ')).toBe(true);
    expect(stdout).toContain('    about cambodia, region\n');
    const json = await reckon(['check', fixture('part-exceeds-whole.json'), '--json']);
    expect(json.code).toBe(1);
    const report = (JSON.parse(json.stdout) as { files: CheckReport[] }).files[0]!;
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'part-exceeds-whole',
        severity: 'error',
        refs: ['cambodia', 'region'],
      }),
    );
    expect(report.counts.error).toBeGreaterThanOrEqual(1);
  });

  it('--style short and --locale change how figures are written', async () => {
    const short = await reckon(['check', SEED, '--style', 'short']);
    expect(short.stdout).toContain(': ≥$20.8B/yr\n');
    const german = await reckon(['check', SEED, '--locale', 'de']);
    expect(german.stdout).toContain('16,6');
  });

  it('does not check an invalid dossier: its problems go to stderr, exit 1', async () => {
    const { code, stdout, stderr } = await reckon(['check', fixture('invalid.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('[invalid_range]');
    expect(stderr).toMatch(/: not a valid dossier: \d+ problems; nothing checked\n$/);
  });
});
