import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('share-impossible', () => {
  it('flags a share its numerator and a known base rule out, and a share with no positive value', () => {
    const found = findingsOf('share-impossible', 'share-impossible/triggers.json');
    expect(found.map(({ severity, refs }) => ({ severity, refs }))).toEqual([
      { severity: 'error', refs: ['share-not-positive', 'revenue'] },
      { severity: 'error', refs: ['share', 'revenue', 'gdp'] },
    ]);
    // 12.5 / 45 = 27.77…% and 19 / 40 = 47.5%: the computed share, below "at least 60%". The
    // inputs carry no sigFigs, so it is shown at two figures and a guard digit, its lower bound
    // rounded down.
    expect(found[1]?.message).toContain('gives 27.7–47.5%, which does not overlap it');
    expect(found[1]?.message).toContain(
      '“Scam revenue as a share of GDP” for Cambodia (at least 60%)',
    );
    expect(found[1]?.figureId).toBe('share-from-base:share:gdp');
    expect(found[0]?.message).toContain('(up to 0%)');
  });

  it('stays silent when the computed share overlaps the stated one', () => {
    expect(findingsOf('share-impossible', 'share-impossible/passes.json')).toEqual([]);
  });
});
