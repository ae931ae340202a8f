import { point, type Range, range } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { capAt, endPoint, isPositive, positivePart, shareOfWhole, upToHigh } from './range-parts';

/** The parts of a range a test states: bounds, inclusion, qualifier, central and figures. */
const parts = (r: Range | undefined) =>
  r && [r.low, r.high, r.lowInclusive, r.highInclusive, r.qualifier, r.central, r.sigFigs];

describe('range parts', () => {
  it('tells a positive range: above 0, or from 0 excluded', () => {
    expect(isPositive(range(1, 2, '%'))).toBe(true);
    expect(isPositive(range(0, 2, '%', { lowInclusive: false }))).toBe(true);
    expect(isPositive(range(0, 2, '%'))).toBe(false);
  });

  it('takes the positive part of a range, keeping a positive central value and its figures', () => {
    const share = range(-Infinity, 60, '%', { qualifier: 'at-most', central: 40, sigFigs: 2 });
    expect(parts(positivePart(share))).toEqual([0, 60, false, true, 'at-most', 40, 2]);
    const negativeCentral = range(-10, 60, '%', { central: -5 });
    expect(parts(positivePart(negativeCentral))).toEqual([
      0,
      60,
      false,
      true,
      'exact',
      undefined,
      undefined,
    ]);
    expect(positivePart(range(-10, 0, '%'))).toBeUndefined();
  });

  it('takes an end as an exact point, unless the range was approximate or vague', () => {
    const exact = range(12.5e9, 19e9, 'USD/year', { sigFigs: 2 });
    expect(parts(endPoint(exact, 'high'))).toEqual([19e9, 19e9, true, true, 'exact', undefined, 2]);
    const about = range(2950, 3050, 'deaths', { qualifier: 'approx' });
    expect(parts(endPoint(about, 'low'))).toEqual([
      2950,
      2950,
      true,
      true,
      'approx',
      undefined,
      undefined,
    ]);
    const vague = range(10_000, 99_999, 'people', { qualifier: 'vague' });
    expect(endPoint(vague, 'low').qualifier).toBe('vague');
  });

  it('caps a range at a bound, or finds nothing below it', () => {
    const r = range(80, 120, '%', { qualifier: 'at-least', sigFigs: 2 });
    // Capped at 100%: "at least" no longer holds of the top, so the qualifier is dropped.
    expect(parts(capAt(r, 100))).toEqual([80, 100, true, true, 'exact', undefined, 2]);
    expect(parts(capAt(r, 100, false))).toEqual([80, 100, true, false, 'exact', undefined, 2]);
    // A range wholly below the cap is itself; one touching it at an included end too.
    const below = range(10, 20, '%');
    expect(capAt(below, 100)).toBe(below);
    const touching = range(10, 100, '%');
    expect(capAt(touching, 100)).toBe(touching);
    expect(parts(capAt(touching, 100, false))).toEqual([
      10,
      100,
      true,
      false,
      'exact',
      undefined,
      undefined,
    ]);
    // Nothing is left of a range above the cap, or starting at a cap that excludes it.
    expect(capAt(range(120, 150, '%'), 100)).toBeUndefined();
    expect(capAt(range(100, 150, '%'), 100, false)).toBeUndefined();
    expect(capAt(range(100, 150, '%', { lowInclusive: false }), 100)).toBeUndefined();
    expect(parts(capAt(range(100, 150, '%'), 100))).toEqual([
      100,
      100,
      true,
      true,
      'exact',
      undefined,
      undefined,
    ]);
  });

  it('says a range capped with no lower bound is "at most" or "less than" the cap', () => {
    const open = range(-Infinity, 150, '%', { qualifier: 'at-most' });
    expect(parts(capAt(open, 100))?.[4]).toBe('at-most');
    expect(parts(capAt(open, 100, false))?.[4]).toBe('less-than');
    expect(capAt(range(50, 150, '%', { qualifier: 'approx' }), 100)?.qualifier).toBe('approx');
    expect(
      capAt(range(50, 150, '%', { qualifier: 'more-than', lowInclusive: false }), 100)?.qualifier,
    ).toBe('exact');
  });

  it('keeps a share of a whole between 0 and 100%', () => {
    expect(parts(shareOfWhole(range(-Infinity, 150, '%')))).toEqual([
      0,
      100,
      false,
      true,
      'exact',
      undefined,
      undefined,
    ]);
    expect(shareOfWhole(range(-5, 0, '%'))).toBeUndefined();
    expect(parts(shareOfWhole(point(0.5, '1')))).toEqual([
      0.5,
      0.5,
      true,
      true,
      'exact',
      undefined,
      undefined,
    ]);
  });

  it('reads a figure from above only: up to its high end, from 0 excluded', () => {
    expect(parts(upToHigh(range(50, 214_285, 'USD/person', { sigFigs: 2 })))).toEqual([
      0,
      214_285,
      false,
      true,
      'at-most',
      undefined,
      2,
    ]);
    expect(parts(upToHigh(range(50, 214_285, 'USD/person', { highInclusive: false })))?.[4]).toBe(
      'less-than',
    );
  });
});
