import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../range';
import { point, range } from '../range';
import {
  centralOf,
  centralResult,
  deriveMeaning,
  deriveQualifier,
  deriveSigFigs,
  scaledQualifier,
} from './derive';
import { BOUNDS, intervalMeaning, PLUS_MINUS, SCENARIOS } from './meaning';

/** The qualifier of a result with finite bounds from operands qualified `a` and `b`. */
const finite = (a: Qualifier, b: Qualifier) => deriveQualifier(a, b, 1, 2, true, true);

describe('deriveQualifier', () => {
  it('is vague if either side is, else approx if either side is, in either order', () => {
    expect(finite('exact', 'exact')).toBe('exact');
    expect(finite('exact', 'approx')).toBe('approx');
    expect(finite('approx', 'exact')).toBe('approx');
    expect(finite('approx', 'approx')).toBe('approx');
    expect(finite('exact', 'vague')).toBe('vague');
    expect(finite('vague', 'exact')).toBe('vague');
    expect(finite('approx', 'vague')).toBe('vague');
    expect(finite('vague', 'approx')).toBe('vague');
  });

  it('follows the bounds of the result for exact operands, not their own one-sided qualifiers', () => {
    expect(finite('at-least', 'exact')).toBe('exact');
    expect(finite('exact', 'less-than')).toBe('exact');
    expect(deriveQualifier('exact', 'exact', 1, Infinity, true, false)).toBe('at-least');
    expect(deriveQualifier('exact', 'exact', 1, Infinity, false, false)).toBe('more-than');
    expect(deriveQualifier('exact', 'exact', -Infinity, 1, false, true)).toBe('at-most');
    expect(deriveQualifier('exact', 'exact', -Infinity, 1, false, false)).toBe('less-than');
    expect(deriveQualifier('exact', 'exact', -Infinity, Infinity, false, false)).toBe('exact');
    expect(deriveQualifier('at-most', 'exact', -Infinity, 1, false, true)).toBe('at-most');
    expect(deriveQualifier('more-than', 'at-least', 1, Infinity, false, false)).toBe('more-than');
  });

  it('keeps approx and vague on open results', () => {
    expect(deriveQualifier('approx', 'exact', 1, Infinity, true, false)).toBe('approx');
    expect(deriveQualifier('exact', 'vague', -Infinity, 1, false, true)).toBe('vague');
  });
});

describe('scaledQualifier', () => {
  it('keeps a qualifier for a positive factor, mirrors it for a negative one, is exact for 0', () => {
    const all: Qualifier[] = ['exact', 'approx', 'vague', 'at-least', 'more-than', 'at-most'];
    expect(all.map((q) => scaledQualifier(q, 2))).toEqual(all);
    expect(all.map((q) => scaledQualifier(q, -2))).toEqual([
      'exact',
      'approx',
      'vague',
      'at-most',
      'less-than',
      'at-least',
    ]);
    expect(scaledQualifier('less-than', -1)).toBe('more-than');
    expect(all.map((q) => scaledQualifier(q, 0))).toEqual(all.map(() => 'exact'));
  });
});

describe('deriveMeaning', () => {
  const ninety = intervalMeaning(0.9);

  it('lets plain bounds give way to the other meaning, on either side', () => {
    expect(deriveMeaning(BOUNDS, BOUNDS)).toBe(BOUNDS);
    expect(deriveMeaning(BOUNDS, ninety)).toBe(ninety);
    expect(deriveMeaning(ninety, BOUNDS)).toBe(ninety);
    expect(deriveMeaning(SCENARIOS, BOUNDS)).toBe(SCENARIOS);
    expect(deriveMeaning({ kind: 'bounds' }, PLUS_MINUS)).toBe(PLUS_MINUS);
    expect(deriveMeaning(PLUS_MINUS, { kind: 'bounds' })).toBe(PLUS_MINUS);
  });

  it('adds the misses of two intervals: 90% and 90% make 80%, 60% and 40% make no interval', () => {
    expect(deriveMeaning(ninety, ninety)).toEqual({ kind: 'interval', level: 0.8 });
    expect(deriveMeaning(intervalMeaning(0.95), ninety)).toEqual({
      kind: 'interval',
      level: 0.85,
    });
    expect(deriveMeaning(intervalMeaning(0.6), intervalMeaning(0.4))).toBe(SCENARIOS);
    expect(deriveMeaning(intervalMeaning(0.5), intervalMeaning(0.4))).toBe(SCENARIOS);
  });

  it('keeps a shared kind, and makes scenarios of two different ones', () => {
    expect(deriveMeaning(PLUS_MINUS, PLUS_MINUS)).toBe(PLUS_MINUS);
    expect(deriveMeaning(SCENARIOS, SCENARIOS)).toBe(SCENARIOS);
    expect(deriveMeaning(PLUS_MINUS, ninety)).toBe(SCENARIOS);
    expect(deriveMeaning(ninety, PLUS_MINUS)).toBe(SCENARIOS);
    expect(deriveMeaning(SCENARIOS, PLUS_MINUS)).toBe(SCENARIOS);
  });
});

describe('deriveSigFigs', () => {
  it('is the lesser count, and an exact side (no count) does not limit', () => {
    expect(deriveSigFigs(undefined, undefined)).toBeUndefined();
    expect(deriveSigFigs(undefined, 3)).toBe(3);
    expect(deriveSigFigs(3, undefined)).toBe(3);
    expect(deriveSigFigs(2, 3)).toBe(2);
    expect(deriveSigFigs(3, 2)).toBe(2);
    expect(deriveSigFigs(2, 2)).toBe(2);
  });
});

describe('central values', () => {
  it('takes a central value, else a point value, else none', () => {
    expect(centralOf(range(1, 3, 'USD', { central: 2.5 }))).toBe(2.5);
    expect(centralOf(point(4, 'USD'))).toBe(4);
    expect(centralOf(range(1, 3, 'USD'))).toBeUndefined();
  });

  it('combines two best guesses, and gives none when either side has none', () => {
    const add = (p: number, q: number) => p + q;
    expect(centralResult(range(1, 3, 'USD', { central: 2 }), 10, add)).toBe(12);
    expect(centralResult(point(4, 'USD'), 10, add)).toBe(14);
    expect(centralResult(range(1, 3, 'USD', { central: 2 }), undefined, add)).toBeUndefined();
    expect(centralResult(range(1, 3, 'USD'), 10, add)).toBeUndefined();
  });
});
