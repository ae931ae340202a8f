import { DivisionByZeroError, UnitMismatchError } from '@reckon/range';

/**
 * Runs a computation that the figures may not allow (a divisor that contains 0, units that do
 * not combine): the derivation is then skipped, and the checks report why. Any other error is
 * a bug and is thrown.
 *
 * @param compute - the computation
 * @returns its result, or undefined when the arithmetic refused
 */
export function attempt<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DivisionByZeroError || error instanceof UnitMismatchError)
      return undefined;
    throw error;
  }
}
