import { describe, expect, it } from 'vitest';
import {
  DivisionByZeroError,
  InvalidRangeError,
  RangeParseError,
  ReckonError,
  UnitMismatchError,
  UnitSyntaxError,
  UnknownCurrencyError,
} from './errors';

describe('errors', () => {
  it('are ReckonErrors with stable codes and names', () => {
    const errors = [
      [new UnitMismatchError('m'), 'UNIT_MISMATCH', 'UnitMismatchError'],
      [new UnitSyntaxError('m', 'USD//', 4), 'UNIT_SYNTAX', 'UnitSyntaxError'],
      [new UnknownCurrencyError('m', 'XYZ'), 'UNKNOWN_CURRENCY', 'UnknownCurrencyError'],
      [new DivisionByZeroError('m'), 'DIVISION_BY_ZERO', 'DivisionByZeroError'],
      [new InvalidRangeError('m', 'low'), 'INVALID_RANGE', 'InvalidRangeError'],
      [new RangeParseError('m', { input: 'x', offset: 0 }), 'RANGE_PARSE', 'RangeParseError'],
    ] as const;
    for (const [error, code, name] of errors) {
      expect(error).toBeInstanceOf(ReckonError);
      expect(error).toBeInstanceOf(Error);
      expect([error.code, error.name, error.message]).toEqual([code, name, 'm']);
    }
  });

  it('carry where the problem is', () => {
    const syntax = new UnitSyntaxError('m', 'USD//year', 4);
    expect([syntax.input, syntax.position]).toEqual(['USD//year', 4]);
    expect(new UnknownCurrencyError('m', 'XYZ').currency).toBe('XYZ');
    expect(new InvalidRangeError('m', 'central').field).toBe('central');
    const parse = new RangeParseError('m', { input: 'between and 5', offset: 8 });
    expect([parse.input, parse.offset]).toEqual(['between and 5', 8]);
  });

  it('leave optional details absent rather than undefined', () => {
    expect('field' in new InvalidRangeError('m')).toBe(false);
    expect('offset' in new RangeParseError('m')).toBe(false);
  });

  it('name the base class and leave a parse error without input as such', () => {
    expect(new ReckonError('X', 'm').name).toBe('ReckonError');
    expect(new ReckonError('X', 'm').code).toBe('X');
    const parse = new RangeParseError('m', { offset: 3 });
    expect(['input' in parse, parse.offset]).toEqual([false, 3]);
  });
});
