import { describe, expect, it } from 'vitest';
import { UnitMismatchError } from '../errors';
import { combineUnits, conversionRatio } from './combine';
import type { UnitImpl } from './intern';
import { unit } from './unit';

const u = (text: string): UnitImpl => unit(text) as UnitImpl;
const shown = (text: string, other: string, sign: number) => {
  const { unit: result, scale, scaleIsOne } = combineUnits(u(text), u(other), sign);
  return [result.text, scale, scaleIsOne];
};

describe('combineUnits', () => {
  it('cancels equal atoms and merges time atoms into the left operand’s, folding their sizes', () => {
    expect(shown('USD/year', 'USD/year', -1)).toEqual(['1', [1, 1], true]);
    expect(shown('USD/month', 'year', 1)).toEqual(['USD', [12, 1], false]);
    expect(shown('USD/year', 'month', 1)).toEqual(['USD', [1, 12], false]);
    expect(shown('USD', 'people', -1)).toEqual(['USD/person', [1, 1], true]);
  });

  it('folds dimensionless atoms into the numbers', () => {
    expect(shown('%', 'USD', 1)).toEqual(['USD', [1, 100], false]);
    expect(shown('permille', '%', -1)).toEqual(['1', [1, 10], false]);
    expect(shown('USD', '%', -1)).toEqual(['USD', [100, 1], false]);
  });

  it('remembers each pair and operation: a product and a quotient of one pair differ', () => {
    const product = combineUnits(u('USD'), u('people'), 1);
    expect(combineUnits(u('USD'), u('people'), 1)).toBe(product);
    const quotient = combineUnits(u('USD'), u('people'), -1);
    expect(quotient.unit.text).toBe('USD/person');
    expect(combineUnits(u('USD'), u('people'), 1)).toBe(product);
    expect(combineUnits(u('USD'), u('people'), -1)).toBe(quotient);
  });

  it('refuses a power past 20 or a size beyond a double, naming the operation', () => {
    expect(() => combineUnits(u('USD/hour^20'), u('1/hour'), 1)).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot multiply USD/hour^20 by 1/hour: a power in the resulting unit would exceed 20]`,
    );
    expect(() => combineUnits(u('USD/hour^20'), u('hour'), -1)).toThrowErrorMatchingInlineSnapshot(
      `[UnitMismatchError: cannot divide USD/hour^20 by hour: a power in the resulting unit would exceed 20]`,
    );
    const huge = u('1/bp^20/permille^20/%^20');
    expect(() => combineUnits(huge, huge, 1)).toThrow(
      /cannot multiply .* does not fit in a double/,
    );
    expect(() => combineUnits(huge, u('bp^20*permille^20*%^20'), -1)).toThrow(
      /cannot divide .* does not fit in a double/,
    );
  });
});

describe('conversionRatio', () => {
  it('is the exact ratio between two units of one dimension, in lowest terms', () => {
    expect(conversionRatio(u('USD/month'), u('USD/year'))).toEqual([12, 1]);
    expect(conversionRatio(u('USD/year'), u('USD/month'))).toEqual([1, 12]);
    expect(conversionRatio(u('USD/week'), u('USD/day'))).toEqual([1, 7]);
    expect(conversionRatio(u('%'), u('permille'))).toEqual([10, 1]);
  });

  it('refuses a ratio beyond a double', () => {
    expect(() =>
      conversionRatio(u('1/bp^20/permille^20/%^20'), u('bp^20*permille^20*%^20')),
    ).toThrow(UnitMismatchError);
  });
});
