import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { point, range } from '../range';
import { rangeIn, withMembers } from '../testing/arbitraries';
import { memberOf } from '../testing/exact';
import { certainlyGreater } from './certainly-greater';
import { contains } from './contains';
import { equals } from './equals';
import { overlaps } from './overlaps';
import { possiblyGreater } from './possibly-greater';

const usd = withMembers(rangeIn('USD'));

describe('certainlyGreater', () => {
  it('is sound: when certainlyGreater(A, B), x > y for every x in A and y in B', () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        fc.pre(certainlyGreater(a.r, b.r));
        for (const x of a.xs) for (const y of b.xs) expect(x > y).toBe(true);
      }),
    );
  });

  it('is complete: a shared value (x <= y for some pair) rules it out', () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        if (a.xs.some((x) => b.xs.some((y) => x <= y)))
          expect(certainlyGreater(a.r, b.r)).toBe(false);
      }),
    );
  });

  it('treats a shared bound as greater only when one side excludes it', () => {
    expect(certainlyGreater(range(2, 3, 'USD'), range(1, 2, 'USD'))).toBe(false);
    expect(certainlyGreater(range(2, 3, 'USD', { lowInclusive: false }), range(1, 2, 'USD'))).toBe(
      true,
    );
    expect(certainlyGreater(range(50e9, 75e9, 'USD/year'), range(12.5e9, 19e9, 'USD/year'))).toBe(
      true,
    );
  });
});

describe('possiblyGreater', () => {
  it('is complete: when some x in A exceeds some y in B, possiblyGreater(A, B)', () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        if (a.xs.some((x) => b.xs.some((y) => x > y))) expect(possiblyGreater(a.r, b.r)).toBe(true);
      }),
    );
  });

  it('is exact: possiblyGreater(A, B) holds exactly when A.high > B.low', () => {
    fc.assert(
      fc.property(rangeIn('USD'), rangeIn('USD'), (a, b) => {
        // not (x > y for some pair)  <=>  x <= y for every pair  <=>  a.high <= b.low
        expect(possiblyGreater(a, b)).toBe(a.high > b.low);
      }),
    );
  });

  it('handles open bounds: more than 350,000 people can exceed any finite count', () => {
    const more = range(350000, Infinity, 'people', { lowInclusive: false });
    expect(possiblyGreater(more, point(1e9, 'people'))).toBe(true);
    expect(possiblyGreater(range(1, 2, 'USD'), range(2, 3, 'USD'))).toBe(false);
  });
});

describe('overlaps', () => {
  it('is complete: a value in both ranges means they overlap', () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        if (a.xs.some((x) => memberOf(x, b.r))) expect(overlaps(a.r, b.r)).toBe(true);
      }),
    );
  });

  it('is symmetric: overlaps(A, B) equals overlaps(B, A)', () => {
    fc.assert(
      fc.property(rangeIn('USD'), rangeIn('USD'), (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
    );
  });

  it('needs both bounds to include a touching value', () => {
    expect(overlaps(range(1, 2, 'USD'), range(2, 3, 'USD'))).toBe(true);
    expect(overlaps(range(1, 2, 'USD', { highInclusive: false }), range(2, 3, 'USD'))).toBe(false);
    expect(overlaps(range(1, 2, 'USD'), range(3, 4, 'USD'))).toBe(false);
  });

  it('compares across units of one dimension and refuses different dimensions', () => {
    expect(overlaps(range(1000, 2000, 'USD/month'), range(20000, 30000, 'USD/year'))).toBe(true);
    expect(() => overlaps(point(1, 'USD'), point(1, 'people'))).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot compare USD with people: they measure different things; only units of one dimension combine]`,
    );
    expect(() => overlaps(point(1, 'USD'), point(1, 'EUR'))).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot compare USD with EUR: currencies and price years convert only with a rate: convert(b, 'USD', rate), with rate a range in USD/EUR]`,
    );
  });
});

describe('contains', () => {
  it('contains every member: for every x drawn from A, contains(A, x)', () => {
    fc.assert(
      fc.property(usd, (a) => {
        for (const x of a.xs) expect(contains(a.r, x)).toBe(true);
      }),
    );
  });

  it('is reflexive: contains(A, A)', () => {
    fc.assert(
      fc.property(rangeIn('USD'), (a) => {
        expect(contains(a, a)).toBe(true);
      }),
    );
  });

  it('means every member of B is in A: contains(A, B) implies x in A for every x drawn from B', () => {
    fc.assert(
      fc.property(rangeIn('USD'), usd, (a, b) => {
        fc.pre(contains(a, b.r));
        for (const x of b.xs) expect(memberOf(x, a)).toBe(true);
      }),
    );
  });

  it('honours exclusive and open bounds', () => {
    const more = range(350000, Infinity, 'people', { lowInclusive: false });
    expect(contains(more, 350000)).toBe(false);
    expect(contains(more, 350001)).toBe(true);
    expect(contains(more, Infinity)).toBe(false);
    expect(contains(range(0, 100, '%'), range(20, 40, '%'))).toBe(true);
    expect(contains(range(0, 100, '%', { highInclusive: false }), range(20, 100, '%'))).toBe(false);
  });

  it('refuses NaN', () => {
    expect(() => contains(range(0, 1, '1'), Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: b must be a Range or a number other than NaN, got NaN]`,
    );
  });
});

describe('equals', () => {
  it('is reflexive on copies made through JSON-free reconstruction', () => {
    fc.assert(
      fc.property(rangeIn('USD', { metadata: true }), (a) => {
        const copy = range(a.low, a.high, a.unit, {
          lowInclusive: a.lowInclusive,
          highInclusive: a.highInclusive,
          qualifier: a.qualifier,
          meaning: a.meaning,
          ...(a.central === undefined ? {} : { central: a.central }),
          ...(a.sigFigs === undefined ? {} : { sigFigs: a.sigFigs }),
        });
        expect(equals(a, copy)).toBe(true);
      }),
    );
  });

  it('tells apart ranges differing in any one field', () => {
    const base = range(1, 2, 'USD/year');
    expect(equals(base, range(1, 2, 'USD / years'))).toBe(true);
    expect(equals(base, range(1, 2, 'USD/month'))).toBe(false);
    expect(equals(base, range(1, 2, 'USD/year', { highInclusive: false }))).toBe(false);
    expect(equals(base, range(1, 2, 'USD/year', { sigFigs: 2 }))).toBe(false);
    expect(equals(base, range(1, 2, 'USD/year', { qualifier: 'approx' }))).toBe(false);
    expect(
      equals(base, range(1, 2, 'USD/year', { meaning: { kind: 'interval', level: 0.9 } })),
    ).toBe(false);
    expect(equals(point(1, 'USD/month'), point(12, 'USD/year'))).toBe(false);
  });
});

describe('the edges of each comparison', () => {
  it('contains a number only between the bounds, each side checked', () => {
    const r = range(1, 2, 'USD');
    expect([0.5, 1, 1.5, 2, 2.5].map((x) => contains(r, x))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const open = range(1, 2, 'USD', { lowInclusive: false, highInclusive: false });
    expect([1, 1.5, 2].map((x) => contains(open, x))).toEqual([false, true, false]);
  });

  it('contains a range sharing a low bound only if that bound is included or excluded by both', () => {
    const a = range(1, 2, 'USD', { lowInclusive: false });
    expect(contains(a, range(1, 2, 'USD'))).toBe(false);
    expect(contains(a, range(1, 2, 'USD', { lowInclusive: false }))).toBe(true);
    expect(contains(range(1, 2, 'USD'), a)).toBe(true);
    expect(contains(range(1, 2, 'USD'), range(0.5, 2, 'USD'))).toBe(false);
  });

  it('overlaps at one shared value only if every bound on it includes it', () => {
    const low = range(1, 2, 'USD');
    const high = range(2, 3, 'USD');
    const excl = { lowInclusive: false } as const;
    expect(overlaps(range(2, 3, 'USD', excl), low)).toBe(false);
    expect(overlaps(low, range(2, 3, 'USD', excl))).toBe(false);
    expect(overlaps(high, range(1, 2, 'USD', { highInclusive: false }))).toBe(false);
    expect(overlaps(high, low)).toBe(true);
    expect(overlaps(point(2, 'USD'), low)).toBe(true);
    expect(overlaps(point(2, 'USD'), range(1, 2, 'USD', { highInclusive: false }))).toBe(false);
  });

  it('tells apart ranges differing only in low, high, lowInclusive, central or change', () => {
    const base = range(1, 2, 'USD', { central: 1.5 });
    expect(equals(base, range(1, 2, 'USD', { central: 1.5 }))).toBe(true);
    expect(equals(base, range(0, 2, 'USD', { central: 1.5 }))).toBe(false);
    expect(equals(base, range(1, 3, 'USD', { central: 1.5 }))).toBe(false);
    expect(equals(base, range(1, 2, 'USD', { central: 1.5, lowInclusive: false }))).toBe(false);
    expect(equals(base, range(1, 2, 'USD', { central: 1.25 }))).toBe(false);
    expect(equals(base, range(1, 2, 'USD'))).toBe(false);
    expect(equals(base, range(1, 2, 'USD', { central: 1.5, change: 'rise' }))).toBe(false);
  });

  it('names the argument that is not a Range', () => {
    const r = range(1, 2, 'USD');
    const copy = { ...r };
    expect(() => equals(copy, r)).toThrow(expect.objectContaining({ field: 'a' }));
    expect(() => equals(r, copy)).toThrow(expect.objectContaining({ field: 'b' }));
    expect(() => contains(copy, 1)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: a must be a Range made by range(), point(), rangeFromJSON() or an operation, got an object (a copy such as { ...r } is not a Range)]`,
    );
  });

  it('compares across units of one dimension in both directions', () => {
    const monthly = range(1000, 2000, 'USD/month');
    expect(overlaps(monthly, range(30000, 40000, 'USD/year'))).toBe(false);
    expect(overlaps(range(30000, 40000, 'USD/year'), monthly)).toBe(false);
    expect(certainlyGreater(range(30000, 40000, 'USD/year'), monthly)).toBe(true);
    expect(certainlyGreater(monthly, range(20000, 30000, 'USD/year'))).toBe(false);
    expect(contains(range(10000, 30000, 'USD/year'), monthly)).toBe(true);
    expect(contains(range(10000, 20000, 'USD/year'), monthly)).toBe(false);
    expect(() => certainlyGreater({ ...monthly }, monthly)).toThrow(
      expect.objectContaining({ field: 'a' }),
    );
    expect(() => possiblyGreater(monthly, { ...monthly })).toThrow(
      expect.objectContaining({ field: 'b' }),
    );
  });
});
