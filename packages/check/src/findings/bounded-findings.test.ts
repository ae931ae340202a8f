import { describe, expect, it } from 'vitest';
import { validateOnce } from '../ledger/validate-once';
import { checkDossier } from './check-dossier';

/**
 * 5,000 undated estimates over 50 metric keys, at one place, every one a point apart from every
 * other of its key: each pair disagrees. One finding per cluster of one metric, place and
 * period means 50 findings, where one per pair would be 50 × (100 × 99 / 2) = 247,500.
 */
function undatedDossier() {
  const estimates = [];
  for (let key = 0; key < 50; key++) {
    for (let i = 0; i < 100; i++) {
      estimates.push({
        id: `e-${key}-${i}`,
        metric: `metric ${key}`,
        metricKey: `metric-${key}`,
        range: { low: 1000 + i * 10, high: 1000 + i * 10, unit: 'people' },
        geography: [{ kind: 'country', code: 'KH' }],
      });
    }
  }
  return validateOnce({ schemaVersion: '0.2', estimates });
}

describe('checkDossier on many estimates', () => {
  it('is bounded: 5,000 undated, mutually disagreeing estimates over 50 keys give at most one disagreement per key', () => {
    const findings = checkDossier(undatedDossier());
    const disagreements = findings.filter((f) => f.code === 'estimates-disagree');
    expect(disagreements.length).toBeLessThanOrEqual(50);
    // Each key's cluster is reported, naming all of its 100 estimates.
    expect(disagreements).toHaveLength(50);
    expect(disagreements.every((f) => f.refs.length === 100)).toBe(true);
    expect(findings).toHaveLength(50);
  });
});
