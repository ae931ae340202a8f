import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('scope-mismatch', () => {
  it('flags per-worker revenue from a region’s revenue and three countries’ labour force', () => {
    const found = findingsOf('scope-mismatch', 'scope-mismatch/triggers.json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      refs: ['regional-revenue', 'labour-force'],
      figureId: 'per-unit:regional-revenue/labour-force',
    });
    const message = found[0]?.message ?? '';
    expect(message).toContain('“Revenue of regional scam syndicates” for Southeast Asia');
    expect(message).toContain('for Cambodia, Myanmar and Laos (more than 350,000 people)');
    expect(message).toContain(
      'bounds the amount per head in Cambodia, Myanmar and Laos from above',
    );
  });

  it('stays silent when the places agree', () => {
    expect(findingsOf('scope-mismatch', 'scope-mismatch/passes.json')).toEqual([]);
  });
});
