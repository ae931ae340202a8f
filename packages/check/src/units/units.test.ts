import { point, range, unit } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { alignTo, rateWords } from './align';
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
    // A squared amount does not add up either.
    expect([isAdditive(unit('people^2')), isAdditive(unit('USD^2/year'))]).toEqual([false, false]);
    expect([isMoney(unit('USD/year')), isCount(unit('USD/year'))]).toEqual([true, false]);
    expect([isMoney(unit('people')), isCount(unit('people'))]).toEqual([false, true]);
    expect([isMoney(unit('victims/year')), isCount(unit('victims/year'))]).toEqual([false, true]);
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
    expect(countNoun(unit('households'))).toBe('household');
    expect(countNoun(unit('USD/household'))).toBe('household');
  });

  it('sees when only currencies or price years differ', () => {
    expect(differOnlyInCurrency(unit('USD/year'), unit('KHR/month'))).toBe(true);
    expect(differOnlyInCurrency(unit('USD@2023'), unit('USD@2015'))).toBe(true);
    expect(differOnlyInCurrency(unit('USD/year'), unit('USD/month'))).toBe(false);
    expect(differOnlyInCurrency(unit('USD/year'), unit('KHR'))).toBe(false);
    // As many atoms, but a head count is not a year.
    expect(differOnlyInCurrency(unit('USD/year'), unit('KHR/person'))).toBe(false);
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

  it('uses the first rate that converts, and says which rate it used and whether inverted', () => {
    const rate = range(4000, 4100, 'KHR/USD');
    const euro = range(1.1, 1.2, 'USD/EUR');
    // Riel to dollars goes through the inverse of a riel-per-dollar rate: 1/4,100 to 1/4,000.
    const toUsd = alignTo(range(40e12, 80e12, 'KHR/year'), unit('USD/year'), [euro, rate]);
    if (toUsd.kind !== 'aligned') throw new Error(`not aligned: ${toUsd.kind}`);
    expect(toUsd.inverted).toBe(true);
    expect([toUsd.rate?.low, toUsd.rate?.high, String(toUsd.rate?.unit)]).toEqual([
      1 / 4100,
      1 / 4000,
      'USD/KHR',
    ]);
    expect(toUsd.range.low).toBeCloseTo(40e12 / 4100, 0);
    expect(toUsd.range.high).toBeCloseTo(20e9, 0);
    // Dollars to riel use the rate as given.
    const toKhr = alignTo(range(10e9, 20e9, 'USD/year'), unit('KHR/year'), [euro, rate]);
    if (toKhr.kind !== 'aligned') throw new Error(`not aligned: ${toKhr.kind}`);
    expect(toKhr.rate).toBe(rate);
    expect(toKhr.inverted).toBeUndefined();
    expect([toKhr.range.low, toKhr.range.high]).toEqual([40e12, 82e12]);
    // A rate that converts other currencies does not do.
    expect(alignTo(range(1, 2, 'KHR'), unit('USD'), [euro]).kind).toBe('needs-rate');
  });

  it('says a rate as given, and an inverted one at a figure’s precision', () => {
    const rate = range(4000, 4100, 'KHR/USD');
    const toUsd = alignTo(range(40e12, 80e12, 'KHR/year'), unit('USD/year'), [rate]);
    if (toUsd.kind !== 'aligned' || toUsd.rate === undefined) throw new Error('not aligned');
    // 1/4,100 = 0.000243902…, written at two figures and a guard digit, rounded outward.
    expect(rateWords(toUsd, toUsd.rate)).toBe('0.000243–0.00025 USD/KHR');
    const toKhr = alignTo(range(10e9, 20e9, 'USD/year'), unit('KHR/year'), [rate]);
    expect(rateWords(toKhr, rate)).toBe('4,000–4,100 KHR/USD');
    const exact = range(1 / 3, 1 / 2, 'KHR/USD');
    expect(rateWords(toKhr, exact)).toBe('0.3333333333333333–0.5 KHR/USD');
  });
});
