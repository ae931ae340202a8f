import { checkDossier, deriveFigures } from '@reckon/check';
import { parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context';
import { resolveOptions } from '../options';
import { serializeBrief } from '../render';
import { seedDossier } from '../testing/seed';
import { implicationsSection } from './implications';

const seed = seedDossier();

function section(figures = deriveFigures(seed), findings = checkDossier(seed)): string {
  const context = createContext(resolveOptions(), seed);
  return serializeBrief({
    type: 'root',
    children: implicationsSection(context, { figures, findings }),
  });
}

describe('implicationsSection', () => {
  it('shows the implied GDP behind "60% of GDP", marked derived, with its inputs by name and value and its operation', () => {
    const lines = section().split('\n');
    expect(lines[0]).toBe('## What the numbers imply');
    expect(lines).toContain(
      '- GDP of Cambodia, implied by “Revenue from scam operations in Cambodia” being up to 60% of it: **at least $20.8 billion a year** _(derived)_',
    );
    expect(lines).toContain(
      '  Computed as “Revenue from scam operations in Cambodia” ÷ the positive part of “Revenue from scam operations in Cambodia as a share of GDP”, from Revenue from scam operations in Cambodia ($12.5–19 billion a year) and Revenue from scam operations in Cambodia as a share of GDP (up to 60%).',
    );
  });

  it('writes each figure at the two figures of its inputs and a guard digit, outward, and the per-worker bound in words', () => {
    const text = section();
    // 19e9 / 60% = 31.67 billion, one value, to the nearest; 12.5/75 = 16.67% down to 16.6.
    expect(text).toContain('60% of it: **$31.7 billion a year** _(derived)_');
    expect(text).toContain('for Southeast Asia: **16.6–38%** _(derived)_');
    // 75e9 / more than 350,000 = less than 214,285.71, up to 215,000; the excluded 0 unsaid.
    expect(text).toContain('**less than $215,000 per person a year** _(derived)_');
    expect(text).toContain(
      '_No source states these figures: they are computed from the estimates above and hold every value those estimates allow. They are shown to the significant figures of those estimates and one guard digit: a lower bound rounded down, an upper bound up, a single value to the nearest._',
    );
  });

  it('says what figures from exact estimates are shown to', () => {
    const exact = parseDossier({
      schemaVersion: '0.2',
      estimates: [
        // One metric family (scam-): money per head is derived only for one subject.
        {
          id: 'revenue',
          metric: 'revenue',
          metricKey: 'scam-revenue',
          range: { low: 50e9, high: 75e9, unit: 'USD/year' },
        },
        {
          id: 'workers',
          metric: 'workers',
          metricKey: 'scam-workers',
          range: { low: 350000, high: 400000, unit: 'people' },
        },
      ],
    });
    const context = createContext(resolveOptions(), exact);
    const text = serializeBrief({
      type: 'root',
      children: implicationsSection(context, { figures: deriveFigures(exact), findings: [] }),
    });
    expect(text).toContain('of those estimates (2 where they state none) and one guard digit:');
    // 50e9 / 400,000 = 125,000 and 75e9 / 350,000 = 214,285.71, up to 215,000 at two figures
    // and a guard digit.
    expect(text).toContain('**$125,000–215,000 per person a year** _(derived)_');
  });

  it('says every figure is derived, not stated by a source', () => {
    const text = section();
    expect(text).toContain('_No source states these figures:');
    expect(text.match(/_\(derived\)_/g)).toHaveLength(deriveFigures(seed).length);
  });

  it('lists the findings with severity, message and code, grouped under a label per severity', () => {
    const [finding] = checkDossier(seed);
    expect(finding?.code).toBe('scope-mismatch');
    const lines = section().split('\n');
    const checks = lines.slice(lines.indexOf('### Checks') + 1).filter((line) => line !== '');
    expect(checks).toHaveLength(2);
    expect(checks[0]).toBe('**Warnings (1)**');
    expect(checks[1]?.startsWith('- **Warning.** A derived figure mixes places')).toBe(true);
    expect(checks[1]?.endsWith('(`scope-mismatch`)')).toBe(true);
  });

  it('says so when there are no figures and nothing amiss', () => {
    expect(
      section([], [])
        .split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      '## What the numbers imply',
      'No further figure follows from these estimates.',
      '### Checks',
      'Nothing in these estimates fails to add up.',
    ]);
  });
});
