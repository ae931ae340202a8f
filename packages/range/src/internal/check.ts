import { InvalidRangeError } from '../errors';
import { mustBe, notARange } from '../messages';
import type { Range } from '../range';
import { RangeValue } from './range-value';

/**
 * Refuses anything that is not a range made by this package, so arithmetic never runs on
 * an object whose invariants were not checked (a spread copy, a hand-written literal).
 *
 * @param argument - the parameter's name for the message
 * @param value - what was passed
 * @returns the value, typed as the internal class
 * @throws {InvalidRangeError} when `value` is not a Range
 */
export function checkRange(argument: string, value: Range): RangeValue {
  if (value instanceof RangeValue) return value;
  throw new InvalidRangeError(notARange(argument, value), argument);
}

/**
 * Refuses a bad argument: throws `field must be expected, got value`, naming `field`.
 *
 * @param field - the argument or option, e.g. `central`
 * @param expected - what it must be, e.g. `a finite number`
 * @param value - what was passed
 * @throws {InvalidRangeError} always
 */
export function refuse(field: string, expected: string, value: unknown): never {
  throw new InvalidRangeError(mustBe(field, expected, value), field);
}
