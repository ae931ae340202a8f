import { describe, expect, it } from 'vitest';
import { likelihoodBand } from './likelihood-band';
import { LIKELIHOOD_SCALES, type LikelihoodScale } from './likelihood-scales';

describe('likelihoodBand', () => {
  it('gives "likely" a different band in each scale', () => {
    expect(likelihoodBand('ipcc-ar5', 'likely')).toMatchObject({
      low: 66,
      high: 100,
      lowInclusive: true,
    });
    expect(likelihoodBand('ipcc-ar4', 'likely')).toMatchObject({
      low: 66,
      high: 100,
      lowInclusive: false,
    });
    expect(likelihoodBand('icd-203', 'likely')).toMatchObject({ low: 55, high: 80 });
  });

  it('treats ICD 203’s paired words alike', () => {
    expect(likelihoodBand('icd-203', 'probable')).toEqual(likelihoodBand('icd-203', 'likely'));
    expect(likelihoodBand('icd-203', 'remote')).toEqual(
      likelihoodBand('icd-203', 'almost no chance'),
    );
  });

  it('has no band for AR5 confidence, which AR5 defines without numbers', () => {
    expect(likelihoodBand('ipcc-ar5', 'high confidence')).toBeUndefined();
    expect(likelihoodBand('ipcc-ar4', 'high confidence')).toMatchObject({
      low: 80,
      high: 80,
      qualifier: 'approx',
    });
  });

  it('gives every band in percent, within 0–100%', () => {
    for (const scale of Object.keys(LIKELIHOOD_SCALES) as LikelihoodScale[]) {
      for (const term of Object.keys(LIKELIHOOD_SCALES[scale])) {
        const band = likelihoodBand(scale, term as never);
        if (band === undefined) continue;
        expect(band.unit.text, `${scale} ${term}`).toBe('%');
        expect(band.low).toBeGreaterThanOrEqual(0);
        expect(band.high).toBeLessThanOrEqual(100);
      }
    }
  });

  it('returns nothing for a term that is not in the scale (a JavaScript caller)', () => {
    expect(likelihoodBand('icd-203', 'toString' as never)).toBeUndefined();
  });
});
