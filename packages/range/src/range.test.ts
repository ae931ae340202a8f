import { describe, expect, it } from 'vitest';
import { InvalidRangeError } from './errors';
import { rangeToJSON } from './json';
import { add, convert, div, mul, negate, scale, sub, sum } from './ops';
import { point, range } from './range';
import { unit } from './unit/unit';

describe('range', () => {
  it('holds bounds in its own unit, inclusive by default when finite', () => {
    const r = range(12.5e9, 19e9, 'USD/year');
    expect(r).toMatchObject({ low: 12.5e9, high: 19e9, lowInclusive: true, highInclusive: true });
    expect(r).toMatchObject({ qualifier: 'exact', meaning: { kind: 'bounds' } });
    expect(r.unit).toBe(unit('USD/year'));
    expect('central' in r || 'sigFigs' in r).toBe(false);
  });

  it('makes open bounds exclusive by default', () => {
    const r = range(-Infinity, 60, '%');
    expect([r.lowInclusive, r.highInclusive]).toEqual([false, true]);
  });

  it('keeps percent numbers as written: point(60, %) is sixty percent', () => {
    expect(point(60, '%').low).toBe(60);
  });

  it('is never changed by an operation: ranges are values (readonly, not frozen)', () => {
    const a = range(10, 20, 'USD/month', { central: 12, sigFigs: 2, qualifier: 'approx' });
    const b = range(350000, Infinity, 'people', { lowInclusive: false, qualifier: 'more-than' });
    const before = [{ ...a }, { ...b }];
    add(a, a);
    sub(a, point(12, 'USD/year'));
    mul(a, b);
    div(a, b);
    scale(a, -2);
    negate(b);
    sum([a, a, a]);
    convert(a, 'USD/year');
    rangeToJSON(b);
    expect([{ ...a }, { ...b }]).toEqual(before);
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(point(-0, 'USD').low, 0)).toBe(true);
  });

  it('accepts the optional fields', () => {
    const r = range(10, 20, 'USD', {
      central: 15,
      qualifier: 'approx',
      meaning: { kind: 'interval', level: 0.9 },
      sigFigs: 2,
    });
    expect(r).toMatchObject({ central: 15, qualifier: 'approx', sigFigs: 2 });
    expect(r.meaning).toEqual({ kind: 'interval', level: 0.9 });
  });

  it('refuses what is not a range, naming the field', () => {
    const fieldOf = (make: () => unknown): string | undefined => {
      try {
        make();
      } catch (error) {
        if (error instanceof InvalidRangeError) return error.field;
      }
      return 'no error';
    };
    expect(fieldOf(() => range(Number.NaN, 1, 'USD'))).toBe('low');
    expect(fieldOf(() => range(1, '2' as unknown as number, 'USD'))).toBe('high');
    expect(fieldOf(() => range(1, 2, 'USD', { central: 3 }))).toBe('central');
    expect(fieldOf(() => range(1, 2, 'USD', { sigFigs: 0 }))).toBe('sigFigs');
    expect(fieldOf(() => range(1, 2, 'USD', { sigFigs: 2.5 }))).toBe('sigFigs');
    expect(fieldOf(() => range(1, 2, 'USD', { meaning: { kind: 'interval', level: 1 } }))).toBe(
      'meaning.level',
    );
    expect(fieldOf(() => range(1, 2, 'USD', { qualifier: 'roughly' as 'approx' }))).toBe(
      'qualifier',
    );
    expect(fieldOf(() => range(1, 2, 42 as unknown as string))).toBe('unit');
    expect(fieldOf(() => point(Infinity, 'USD'))).toBe('value');
  });

  it('says what is wrong and what would be right', () => {
    expect(() => range(19, 12.5, 'USD')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: low (19) is above high (12.5): a range's low bound must not exceed its high bound]`,
    );
    expect(() => range(Number.NaN, 1, 'USD')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: low must be a finite number, or -Infinity for an open bound, got NaN]`,
    );
    expect(() => range(5, 5, '1', { lowInclusive: false })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range (5, 5] is empty: a range with equal bounds must include them both]`,
    );
    expect(() =>
      range(-Infinity, 5, '1', { lowInclusive: true }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: lowInclusive is true, but an open (infinite) bound is always exclusive]`,
    );
    expect(() => range(Infinity, Infinity, '1')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: low must be a finite number, or -Infinity for an open bound, got Infinity]`,
    );
    expect(() => range(1, 2, 'USD', { central: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: central (3) is outside the range [1, 2] USD: the best guess must lie within the bounds]`,
    );
    expect(() => range(1, 2, 'USD', { sigFigs: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: sigFigs must be a positive integer (the significant figures of the source), got 0]`,
    );
    expect(() =>
      range(1, 2, 'USD', { meaning: { kind: 'interval', level: 90 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: meaning.level must be a number between 0 and 1, exclusive (0.9 for a 90% interval), got 90]`,
    );
    expect(() => point(Infinity, 'USD')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: value must be a finite number (for an open range, use range(low, Infinity, unit)), got Infinity]`,
    );
  });
});

describe('range: each option refused on its own, with its own message', () => {
  it('names the option and says what it must be', () => {
    expect(() => range(1, 2, 'USD', null as unknown as object)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: options must be an object such as { sigFigs: 2 }, got null]`,
    );
    expect(() => range(1, 2, 'USD', 2 as unknown as object)).toThrow(
      expect.objectContaining({ field: 'options' }),
    );
    expect(() =>
      range(1, 2, 'USD', { highInclusive: 'no' as unknown as boolean }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: highInclusive must be true or false, got the string "no"]`,
    );
    expect(() =>
      range(1, 2, 'USD', { qualifier: 'roughly' as 'approx' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: qualifier must be one of exact, approx, at-least, more-than, at-most, less-than, vague, got the string "roughly"]`,
    );
    expect(() => range(1, 2, 'USD', { central: Infinity })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: central must be a finite number, got Infinity]`,
    );
    expect(() => range(1, 2, 'USD', { central: '1.5' as unknown as number })).toThrow(
      expect.objectContaining({ field: 'central' }),
    );
    expect(() => range(1, 2, 'USD', { change: 'up' as 'rise' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: change must be 'rise' or 'fall', got the string "up"]`,
    );
    expect(() => point(Number.NaN, 'USD')).toThrow(expect.objectContaining({ field: 'value' }));
    expect(() => point('5' as unknown as number, 'USD')).toThrow(
      expect.objectContaining({ field: 'value' }),
    );
  });

  it('names the exclusive end of an empty point range', () => {
    const fieldOf = (options: { lowInclusive?: boolean; highInclusive?: boolean }) => {
      try {
        range(5, 5, '1', options);
      } catch (error) {
        return (error as InvalidRangeError).field;
      }
      return 'no error';
    };
    expect(fieldOf({ lowInclusive: false })).toBe('lowInclusive');
    expect(fieldOf({ highInclusive: false })).toBe('highInclusive');
  });

  it('refuses a central value below the low bound, and keeps one on either bound', () => {
    expect(() => range(1, 2, 'USD', { central: 0.5 })).toThrow(
      expect.objectContaining({ field: 'central' }),
    );
    expect(range(1, 2, 'USD', { central: 1 }).central).toBe(1);
    expect(range(1, 2, 'USD', { central: 2, highInclusive: false }).central).toBe(2);
  });

  it('writes -0 as 0 in the bounds and the central value', () => {
    const r = range(-0, 1, 'USD', { central: -0 });
    expect([Object.is(r.low, 0), Object.is(r.central, 0)]).toEqual([true, true]);
    expect(Object.is(range(-1, -0, 'USD').high, 0)).toBe(true);
  });

  it('accepts a stated change', () => {
    expect(range(1, 2, '%', { change: 'rise' }).change).toBe('rise');
    expect(range(1, 2, '%', { change: 'fall' }).change).toBe('fall');
  });
});
