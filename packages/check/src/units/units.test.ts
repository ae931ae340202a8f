import { point, range, unit } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { alignTo } from './align';
import {
  countNoun,
  differOnlyInCurrency,
  isAdditive,
  isCount,
  isMoney,
  isRatio,
} from './unit-kinds';

describe('unit kinds', () => {
  it('tells quantities that add up across places from ratios and per-head figures', () => {
    expect(['USD/year', 'people', 'victims/year', 'KHR'].map((t) => isAdditive(unit(t)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['%', 'USD/person', 'USD*people', '1'].map((t) => isAdditive(unit(t)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([isMoney(unit('USD/year')), isCount(unit('USD/year'))]).toEqual([true, false]);
    expect([isMoney(unit('people')), isCount(unit('people'))]).toEqual([false, true]);
    expect([isRatio(unit('%')), isRatio(unit('bp')), isRatio(unit('USD'))]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('names count nouns in the singular', () => {
    expect(countNoun(unit('people'))).toBe('person');
    expect(countNoun(unit('victims/year'))).toBe('victim');
    expect(countNoun(unit('USD'))).toBe('unit');
  });

  it('sees when only currencies or price years differ', () => {
    expect(differOnlyInCurrency(unit('USD/year'), unit('KHR/month'))).toBe(true);
    expect(differOnlyInCurrency(unit('USD@2023'), unit('USD@2015'))).toBe(true);
    expect(differOnlyInCurrency(unit('USD/year'), unit('USD/month'))).toBe(false);
    expect(differOnlyInCurrency(unit('USD/year'), unit('KHR'))).toBe(false);
  });
});

describe('alignTo', () => {
  it('converts within a dimension, and refuses other dimensions', () => {
    const aligned = alignTo(range(1e9, 2e9, 'USD/month'), unit('USD/year'), []);
    expect(aligned.kind === 'aligned' && [aligned.range.low, aligned.range.high]).toEqual([
      12e9, 24e9,
    ]);
    expect(alignTo(point(1, 'people'), unit('USD/year'), []).kind).toBe('incompatible');
  });

  it('converts currencies only with a rate, in either direction', () => {
    const riel = range(40e12, 80e12, 'KHR/year');
    expect(alignTo(riel, unit('USD/year'), []).kind).toBe('needs-rate');
    const rate = range(4000, 4000, 'KHR/USD');
    const aligned = alignTo(riel, unit('USD/year'), [rate]);
    expect(aligned.kind).toBe('aligned');
    if (aligned.kind === 'aligned') {
      // 40 and 80 trillion riel at 4,000 riel a dollar: 10 and 20 billion dollars.
      expect(aligned.range.low).toBeCloseTo(10e9, 0);
      expect(aligned.range.high).toBeCloseTo(20e9, 0);
    }
    const back = alignTo(range(10e9, 20e9, 'USD/year'), unit('KHR/year'), [rate]);
    expect(back.kind === 'aligned' && [back.range.low, back.range.high]).toEqual([40e12, 80e12]);
  });
});
