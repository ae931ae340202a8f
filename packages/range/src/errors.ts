/**
 * Every failure in Reckon throws a subclass of {@link ReckonError}. Classes exist so callers
 * can test `instanceof`; `code` is the stable, machine-readable part (messages may be
 * reworded between releases, codes may not). Message texts live in `messages.ts`.
 */

/**
 * The stable codes of this package's {@link ReckonError} subclasses. Other Reckon packages
 * subclass `ReckonError` with codes of their own (`SCHEMA_VALIDATION`, `BRIEF_OPTIONS`...), so
 * `ReckonError#code` is any string and each subclass narrows it.
 */
export type ReckonErrorCode =
  | 'UNIT_MISMATCH'
  | 'UNIT_SYNTAX'
  | 'UNKNOWN_CURRENCY'
  | 'DIVISION_BY_ZERO'
  | 'INVALID_RANGE'
  | 'RANGE_PARSE';

/**
 * The base class of every error Reckon throws.
 *
 * @param code - the stable code of the failure, e.g. `UNIT_MISMATCH`
 * @param message - what was wrong, where, and what would be right
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * let caught;
 * try {
 *   unit('USD//year');
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof ReckonError; // => true
 * caught.code; // => 'UNIT_SYNTAX'
 * ```
 */
export class ReckonError extends Error {
  // `declare`: assigned in the constructor, not redefined by a class field.
  declare readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    // Set explicitly rather than from `new.target.name`, which minifiers rename.
    this.name = 'ReckonError';
  }
}

/**
 * Two units cannot be combined the way an operation asks, e.g. adding `USD/year` to
 * `people`, or converting between currencies without a rate.
 *
 * @param message - the text from `messages.ts`, e.g. `cannot add people to USD/year`
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * add(point(1, 'USD/year'), point(2, 'people')); // throws UnitMismatchError
 * ```
 */
export class UnitMismatchError extends ReckonError {
  declare readonly code: 'UNIT_MISMATCH';

  constructor(message: string) {
    super('UNIT_MISMATCH', message);
    this.name = 'UnitMismatchError';
  }
}

/**
 * A unit expression cannot be read. `position` is the 0-based index of the offending
 * character in `input`.
 *
 * @param message - the text from `messages.ts`
 * @param input - the unit text that was being read
 * @param position - 0-based index of the offending character in `input`
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * unit('USD//year'); // throws UnitSyntaxError with position 4
 * ```
 */
export class UnitSyntaxError extends ReckonError {
  declare readonly code: 'UNIT_SYNTAX';
  declare readonly input: string;
  declare readonly position: number;

  constructor(message: string, input: string, position: number) {
    super('UNIT_SYNTAX', message);
    this.name = 'UnitSyntaxError';
    this.input = input;
    this.position = position;
  }
}

/**
 * A three-letter upper-case code in a unit is not an ISO 4217 currency known to this
 * runtime's `Intl.supportedValuesOf('currency')`.
 *
 * @param message - the text from `messages.ts`
 * @param currency - the code that was not recognised
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * unit('XYZ'); // throws UnknownCurrencyError with currency 'XYZ'
 * ```
 */
export class UnknownCurrencyError extends ReckonError {
  declare readonly code: 'UNKNOWN_CURRENCY';
  declare readonly currency: string;

  constructor(message: string, currency: string) {
    super('UNKNOWN_CURRENCY', message);
    this.name = 'UnknownCurrencyError';
    this.currency = currency;
  }
}

/**
 * A divisor range contains zero, so the quotient is unbounded or undefined. A divisor whose
 * zero is an excluded endpoint, like `(0, 5]`, is fine and gives an open result.
 *
 * @param message - the text from `messages.ts`
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * div(point(1, 'USD'), range(-1, 1, 'people')); // throws DivisionByZeroError
 * ```
 */
export class DivisionByZeroError extends ReckonError {
  declare readonly code: 'DIVISION_BY_ZERO';

  constructor(message: string) {
    super('DIVISION_BY_ZERO', message);
    this.name = 'DivisionByZeroError';
  }
}

/**
 * A range cannot be built from the values given (NaN, low above high, a central value
 * outside the bounds, a malformed JSON field...). `field` names the offending field when
 * there is one (`low`, `meaning.level`...).
 *
 * @param message - the text from `messages.ts`
 * @param field - the offending field, when there is one
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * range(19, 12.5, 'USD'); // throws InvalidRangeError: low above high
 * ```
 */
export class InvalidRangeError extends ReckonError {
  declare readonly code: 'INVALID_RANGE';
  declare readonly field?: string;

  constructor(message: string, field?: string) {
    super('INVALID_RANGE', message);
    this.name = 'InvalidRangeError';
    if (field !== undefined) this.field = field;
  }
}

/**
 * A phrase cannot be read as a range. `offset` is the 0-based index (UTF-16 code units) in
 * `input` where reading failed, when known.
 *
 * @param message - what could not be read and where
 * @param details - the phrase being read and the offset where reading failed, when known
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * const error = new RangeParseError('expected a number after "between" at offset 8', {
 *   input: 'between and 5',
 *   offset: 8,
 * });
 * [error.code, error.offset]; // => ['RANGE_PARSE', 8]
 * ```
 */
export class RangeParseError extends ReckonError {
  declare readonly code: 'RANGE_PARSE';
  declare readonly input?: string;
  declare readonly offset?: number;

  constructor(
    message: string,
    details: { readonly input?: string; readonly offset?: number } = {},
  ) {
    super('RANGE_PARSE', message);
    this.name = 'RangeParseError';
    if (details.input !== undefined) this.input = details.input;
    if (details.offset !== undefined) this.offset = details.offset;
  }
}
