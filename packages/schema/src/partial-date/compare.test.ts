import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartialDates } from './compare';
import { comparePartialDatesForSort } from './sort';

/** Any valid partial date, at any precision, in a span of years that includes leap years. */
const partialDate = fc
  .record({
    year: fc.integer({ min: 1896, max: 2104 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('year', 'month', 'day', 'month-day'),
  })
  .map(({ year, month, day, precision }) => {
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    if (precision === 'year') return String(year);
    if (precision === 'month') return `${year}-${mm}`;
    if (precision === 'day') return `${year}-${mm}-${dd}`;
    return `XXXX-${mm}-${dd}`;
  });

const flip = {
  before: 'after',
  after: 'before',
  same: 'same',
  overlapping: 'overlapping',
  unknown: 'unknown',
} as const;

describe('comparePartialDates', () => {
  it('orders dates whose spans do not touch', () => {
    expect(comparePartialDates('2024', '2025')).toBe('before');
    expect(comparePartialDates('2025-04', '2025-05-01')).toBe('before');
    expect(comparePartialDates('2025-06-01', '2025-05')).toBe('after');
    expect(comparePartialDates('2024-12-31', '2025')).toBe('before');
  });

  it('calls dates of different precision that share days overlapping, not equal or ordered', () => {
    expect(comparePartialDates('2025', '2025-05-20')).toBe('overlapping');
    expect(comparePartialDates('2025-05', '2025-05-31')).toBe('overlapping');
    expect(comparePartialDates('2025-05-20', '2025')).toBe('overlapping');
  });

  it('cannot order a day of unknown year against anything but itself', () => {
    expect(comparePartialDates('XXXX-05-20', 'XXXX-05-20')).toBe('same');
    expect(comparePartialDates('XXXX-05-20', 'XXXX-06-01')).toBe('unknown');
    expect(comparePartialDates('XXXX-05-20', '2025-05-20')).toBe('unknown');
    expect(comparePartialDates('1999', 'XXXX-01-01')).toBe('unknown');
  });

  it('uses the real length of February', () => {
    expect(comparePartialDates('2024-02', '2024-02-29')).toBe('overlapping');
    expect(comparePartialDates('2025-02', '2025-03-01')).toBe('before');
  });

  it('is antisymmetric: compare(b, a) is compare(a, b) flipped', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(comparePartialDates(b, a)).toBe(flip[comparePartialDates(a, b)]);
      }),
    );
  });

  it('is transitive: a before b and b before c imply a before c', () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        fc.pre(comparePartialDates(a, b) === 'before' && comparePartialDates(b, c) === 'before');
        expect(comparePartialDates(a, c)).toBe('before');
      }),
    );
  });

  it('says same exactly when the texts are equal', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(comparePartialDates(a, b) === 'same').toBe(a === b);
      }),
    );
  });
});

describe('comparePartialDatesForSort', () => {
  it('sorts by first possible day, coarser first, unknown years last', () => {
    const dates = [
      'XXXX-01-02',
      '2025-01-01',
      '2025-05-20',
      '2025',
      'XXXX-01-01',
      '2025-01',
      '2024-12',
    ];
    expect([...dates].sort(comparePartialDatesForSort)).toEqual([
      '2024-12',
      '2025',
      '2025-01',
      '2025-01-01',
      '2025-05-20',
      'XXXX-01-01',
      'XXXX-01-02',
    ]);
  });

  it('agrees with comparePartialDates: whenever a is before b, a sorts first', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        const relation = comparePartialDates(a, b);
        if (relation === 'before') expect(comparePartialDatesForSort(a, b)).toBe(-1);
        if (relation === 'after') expect(comparePartialDatesForSort(a, b)).toBe(1);
        if (relation === 'same') expect(comparePartialDatesForSort(a, b)).toBe(0);
      }),
    );
  });

  it('is a total order: antisymmetric, transitive, and 0 only for equal texts', () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        expect(comparePartialDatesForSort(a, b)).toBe(-comparePartialDatesForSort(b, a) || 0);
        expect(comparePartialDatesForSort(a, b) === 0).toBe(a === b);
        if (comparePartialDatesForSort(a, b) < 0 && comparePartialDatesForSort(b, c) < 0) {
          expect(comparePartialDatesForSort(a, c)).toBe(-1);
        }
      }),
    );
  });
});
