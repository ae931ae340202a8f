import { expect, it, describe as suite } from 'vitest';
import {
  describe,
  mismatch,
  mustBe,
  notARange,
  quote,
  showBounds,
  unitExpectedAtom,
  unitRatioOverflow,
  unitSizeTooLarge,
} from './messages';

suite('messages', () => {
  it('quote escapes what would reorder or hide the message, as JSON escapes C0 controls', () => {
    expect(quote('a\u202eb\u2067c\u200fd\u0085e\u061cf')).toBe(
      '"a\\u202eb\\u2067c\\u200fd\\u0085e\\u061cf"',
    );
    expect(quote('tab\there "and" ünïcode — €5')).toBe('"tab\\there \\"and\\" ünïcode — €5"');
  });

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

  it('showBounds writes an open low bound as -inf', () => {
    expect(showBounds(-Infinity, 5, false, true, 'USD')).toBe('(-inf, 5] USD');
  });

  it('unitExpectedAtom names the operator it follows, when there is one', () => {
    expect(unitExpectedAtom('USD/', 4, '/')).toBe(
      'expected a unit after "/" at position 4 in unit "USD/": write one such as USD, year, people or %',
    );
    expect(unitExpectedAtom('', 0, '')).toBe(
      'expected a unit at position 0 in unit "": write one such as USD, year, people or %',
    );
  });

  it('says why a unit cannot be computed with', () => {
    expect(unitRatioOverflow('USD/hour^20', 'USD/year^20')).toBe(
      'cannot relate USD/hour^20 to USD/year^20: the ratio of their sizes does not fit in a double',
    );
    expect(unitSizeTooLarge('hour^20*day^20')).toBe(
      'unit "hour^20*day^20" is too large or too small to compute with: its size does not fit in a double; use fewer or smaller powers',
    );
  });

  it('notARange explains a copy only for an object', () => {
    expect(notARange('a', { low: 1 })).toBe(
      'a must be a Range made by range(), point(), rangeFromJSON() or an operation, got an object (a copy such as { ...r } is not a Range)',
    );
    expect(notARange('b', null)).toBe(
      'b must be a Range made by range(), point(), rangeFromJSON() or an operation, got null',
    );
    expect(notARange('b', 5)).toBe(
      'b must be a Range made by range(), point(), rangeFromJSON() or an operation, got 5',
    );
  });
});
