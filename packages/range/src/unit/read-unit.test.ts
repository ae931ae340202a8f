import { describe, expect, it } from 'vitest';
import { unit } from './unit';

describe('unit: where a unit is missing or malformed', () => {
  it('says a unit is expected, and after which operator', () => {
    expect(() => unit('per year')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: expected a unit at position 0 in unit "per year": write one such as USD, year, people or %]`,
    );
    expect(() => unit('USD per')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: expected a unit after "per" at position 7 in unit "USD per": write one such as USD, year, people or %]`,
    );
    expect(() => unit('USD per per')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: expected a unit after "per" at position 8 in unit "USD per per": write one such as USD, year, people or %]`,
    );
    expect(() => unit('USD/ ')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: expected a unit after "/" at position 5 in unit "USD/ ": write one such as USD, year, people or %]`,
    );
  });

  it('says what is unexpected where no unit or operator can start', () => {
    expect(() => unit('USD/$')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unexpected "$" at position 4 in unit "USD/$": write units such as USD, year, people or % joined by "*" or "/", each with an optional ^power]`,
    );
    expect(() => unit('USD year')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: unexpected "y" at position 4 in unit "USD year": write units such as USD, year, people or % joined by "*" or "/", each with an optional ^power]`,
    );
  });

  it('refuses a power written with more than two digits, even a small one', () => {
    expect(() => unit('USD^005')).toThrowErrorMatchingInlineSnapshot(
      `[UnitSyntaxError: bad power at position 3 in unit "USD^005": write a non-zero integer from -20 to 20, e.g. "USD^2" or "year^-1"]`,
    );
    expect(unit('USD^05').text).toBe('USD^5');
  });
});
