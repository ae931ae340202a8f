import { expect, it, describe as suite } from 'vitest';
import { describe, mismatch, mustBe, showBounds } from './messages';

suite('messages', () => {
  it('describe names any value a caller might pass', () => {
    const values = ['5', 5, Number.NaN, -Infinity, true, 5n, null, undefined, [1], {}, () => 1];
    expect(values.map(describe)).toEqual([
      'the string "5"',
      '5',
      'NaN',
      '-Infinity',
      'true',
      '5n',
      'null',
      'undefined',
      'an array',
      'an object',
      'a function',
    ]);
  });

  it('mustBe says what a field must be and what it got', () => {
    expect(mustBe('central', 'a finite number', '3')).toBe(
      'central must be a finite number, got the string "3"',
    );
  });

  it('showBounds writes brackets for included bounds and parentheses for excluded ones', () => {
    expect(showBounds(350000, Infinity, false, false, 'people')).toBe('(350000, +inf) people');
    expect(showBounds(0.1, 0.5, true, false, '1')).toBe('[0.1, 0.5)');
  });

  it('mismatch names the operation, the units in operand order, and a rate when one helps', () => {
    expect(mismatch('subtract', 'people', 'USD', undefined)).toBe(
      'cannot subtract people from USD: they measure different things; only units of one dimension combine',
    );
    expect(mismatch('convert', 'USD/year', 'KHR/year', 'KHR/USD')).toBe(
      "cannot convert USD/year to KHR/year: currencies and price years convert only with a rate: convert(r, 'KHR/year', rate), with rate a range in KHR/USD",
    );
  });
});
