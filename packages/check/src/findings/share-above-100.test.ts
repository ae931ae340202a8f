import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('share-above-100', () => {
  it('is an error for a share above 100% throughout and a warning for one that reaches above', () => {
    const found = findingsOf('share-above-100', 'share-above-100/triggers.json');
    expect(found.map(({ severity, refs }) => ({ severity, refs }))).toEqual([
      { severity: 'error', refs: ['share-high'] },
      { severity: 'warning', refs: ['share-reaching'] },
    ]);
    expect(found[0]?.message).toContain('“Scam revenue as a share of GDP” for Cambodia (120–150%)');
    expect(found[0]?.message).toContain('GDP of Cambodia');
    expect(found[1]?.message).toContain(
      '“Informal economy as a share of GDP” for Cambodia (80–110%)',
    );
  });

  it('stays silent for shares up to 100% and for percentages that are not shares', () => {
    expect(findingsOf('share-above-100', 'share-above-100/passes.json')).toEqual([]);
  });
});
