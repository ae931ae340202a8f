import { describe, expect, it } from 'vitest';
import { atomsRatio, isExactRatio, isFiniteRatio, isUnit, reduce } from './intern';
import { unit } from './unit';

describe('unit ratios', () => {
  it('reduces to lowest terms while both parts are safe integers, and leaves others as given', () => {
    expect(reduce(6, 4)).toEqual([3, 2]);
    expect(reduce(12, 1)).toEqual([12, 1]);
    expect(reduce(2 ** 60, 2)).toEqual([2 ** 60, 2]);
    expect(reduce(0.5, 2)).toEqual([0.5, 2]);
  });

  it('is exact only for safe integers', () => {
    expect(isExactRatio([3, 2])).toBe(true);
    expect(isExactRatio([2 ** 53, 1])).toBe(false);
    expect(isExactRatio([1, 2 ** 53])).toBe(false);
    expect(isExactRatio([0.5, 1])).toBe(false);
  });

  it('is finite only when both parts and their ratio are finite and positive', () => {
    expect(isFiniteRatio([2, 3])).toBe(true);
    expect(isFiniteRatio([1e300, 1e-5])).toBe(true);
    for (const bad of [
      [0, 1],
      [1, 0],
      [-1, 2],
      [2, -1],
      [Infinity, 1],
      [1, Infinity],
      [Infinity, Infinity],
      [1e300, 1e-300], // the ratio overflows
      [1e-300, 1e300], // the ratio underflows to 0
      [Number.NaN, 1],
    ] as const) {
      expect(isFiniteRatio(bad), String(bad)).toBe(false);
    }
  });

  it('sizes atoms by their powers, on either side of the fraction', () => {
    expect(atomsRatio(unit('USD/hour').atoms)).toEqual([8766, 1]);
    expect(atomsRatio(unit('hour^2').atoms)).toEqual([1, 8766 ** 2]);
    expect(atomsRatio(unit('%/month').atoms)).toEqual([3, 25]);
    expect(atomsRatio(unit('USD*people').atoms)).toEqual([1, 1]);
  });
});

describe('interned units', () => {
  it('write numerators first, then by kind, name and price year', () => {
    expect(unit('USD@2023*USD@2020').text).toBe('USD@2020*USD@2023');
    expect(unit('people*%*USD*year').text).toBe('USD*people*%*year');
    expect(unit('victims*people').text).toBe('people*victims');
    expect(unit('year^-2').text).toBe('1/year^2');
    expect(unit('1/people/USD').text).toBe('1/USD/person');
    expect(unit('EUR*USD').text).toBe('EUR*USD');
  });

  it('take the dimension of their base atoms', () => {
    expect(unit('USD/hour').dimension).toBe('USD/year');
    expect(unit('%*people').dimension).toBe('people');
    expect(unit('bp').dimension).toBe('1');
  });

  it('print and serialise as their text, and are recognised', () => {
    expect(JSON.stringify({ u: unit('USD/year') })).toBe('{"u":"USD/year"}');
    expect(`${unit('people')}`).toBe('people');
    expect([isUnit(unit('USD')), isUnit('USD'), isUnit({ text: 'USD' })]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
