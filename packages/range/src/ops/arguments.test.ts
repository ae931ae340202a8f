import { describe, expect, it } from 'vitest';
import { InvalidRangeError } from '../errors';
import { point, type Range } from '../range';
import { add } from './add';
import { convert } from './convert';
import { div } from './div';
import { mul } from './mul';
import { negate } from './negate';
import { scale } from './scale';
import { sub } from './sub';
import { sum } from './sum';

/** The error an operation throws, so its field and message can be checked together. */
function thrown(operation: () => unknown): InvalidRangeError {
  try {
    operation();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRangeError);
    return error as InvalidRangeError;
  }
  throw new Error('expected the operation to throw');
}

describe('every operation names the argument that is not a Range', () => {
  const r = point(1, 'USD');
  const copy = { ...r } as Range; // a copy is not a Range: it skipped every check
  const cases: [string, () => unknown][] = [
    ['a', () => add(copy, r)],
    ['b', () => sub(r, copy)],
    ['a', () => mul(copy, r)],
    ['b', () => mul(r, copy)],
    ['a', () => div(copy, r)],
    ['b', () => div(r, copy)],
    ['r', () => negate(copy)],
    ['r', () => scale(copy, 2)],
    ['r', () => convert(copy, 'USD')],
    ['rate', () => convert(r, 'KHR', copy)],
    ['ranges[0]', () => sum([copy, r])],
  ];

  it.each(cases)('%s', (argument, operation) => {
    const error = thrown(operation);
    expect(error.field).toBe(argument);
    expect(error.message.startsWith(`${argument} must be a Range`)).toBe(true);
  });

  it('names the list or the scale factor when those are wrong', () => {
    expect(thrown(() => sum('USD' as unknown as Range[])).field).toBe('ranges');
    expect(thrown(() => sum([])).field).toBe('ranges');
    for (const k of [Number.NaN, Infinity, -Infinity, '2' as unknown as number]) {
      const error = thrown(() => scale(r, k));
      expect([error.field, error.message.startsWith('scale factor must be')]).toEqual(['k', true]);
    }
  });
});
