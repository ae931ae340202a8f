import type { Qualifier } from '../range';

/**
 * The qualifier of a range negated: "more than 5" becomes "less than -5". Parsing a fall
 * ("down by more than 5%") and formatting it back both turn a bound around this way.
 */
export const FLIPPED_QUALIFIER: Readonly<Record<Qualifier, Qualifier>> = {
  exact: 'exact',
  approx: 'approx',
  vague: 'vague',
  'more-than': 'less-than',
  'less-than': 'more-than',
  'at-least': 'at-most',
  'at-most': 'at-least',
};
