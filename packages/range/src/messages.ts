/**
 * The message texts Reckon's errors carry, in one place so they stay consistent: each says
 * what was wrong, where, and what would be right. Most share one of a few shapes, built by
 * `mustBe`, `inUnit` and `mismatch`, so the wording of a kind of problem is written once;
 * a bad argument is described where it is checked, `mustBe('central', 'a finite number',
 * value)`, so the expectation sits next to the test of it. Internal; the error classes are
 * public.
 */

/**
 * A string quoted for a message as JSON writes it, with C1 controls and bidirectional marks,
 * overrides and isolates escaped too (JSON escapes only C0 controls): raw, they would show the
 * message's own text reordered or hidden wherever it is printed.
 */
export const quote = (text: string): string =>
  JSON.stringify(text).replace(
    /[\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * Describes an arbitrary value for a message: `the string "5"`, `NaN`, `true`, `5n`,
 * `an object`, `an array`, `a function`, `undefined`.
 */
export const describe = (value: unknown): string =>
  typeof value === 'string'
    ? `the string ${JSON.stringify(value)}`
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object' && value !== null
        ? 'an object'
        : typeof value === 'function'
          ? 'a function'
          : typeof value === 'bigint'
            ? `${value}n`
            : String(value);

/** `[12.5, 19] USD/year`, `(350000, +inf) people`: a compact range for messages. */
export function showBounds(
  low: number,
  high: number,
  lowInclusive: boolean,
  highInclusive: boolean,
  unitText: string,
): string {
  const lo = low === -Infinity ? '-inf' : String(low);
  const hi = high === Infinity ? '+inf' : String(high);
  const shownUnit = unitText === '1' ? '' : ` ${unitText}`;
  return `${lowInclusive ? '[' : '('}${lo}, ${hi}${highInclusive ? ']' : ')'}${shownUnit}`;
}

/** `field must be expected, got value`: the shape of every message about a bad argument. */
export const mustBe = (field: string, expected: string, value: unknown): string =>
  `${field} must be ${expected}, got ${describe(value)}`;

// ---- units -----------------------------------------------------------------------------

/** `unexpected "/" at position 4 in unit "USD//year": ...`: what, where, and what is right. */
const inUnit = (what: string, input: string, position: number, right: string): string =>
  `${what} at position ${position} in unit ${quote(input)}: ${right}`;

export const unitEmpty = (input: string): string =>
  `unit ${quote(input)} is empty: write a unit such as "USD/year", "people", "%" or "1"`;

export const unitUnexpected = (input: string, position: number, found: string): string =>
  inUnit(
    `unexpected ${quote(found)}`,
    input,
    position,
    'write units such as USD, year, people or % joined by "*" or "/", each with an optional ^power',
  );

export const unitExpectedAtom = (input: string, position: number, after: string): string =>
  inUnit(
    `expected a unit${after === '' ? '' : ` after ${quote(after)}`}`,
    input,
    position,
    'write one such as USD, year, people or %',
  );

export const unitBadPower = (input: string, position: number): string =>
  inUnit(
    'bad power',
    input,
    position,
    'write a non-zero integer from -20 to 20, e.g. "USD^2" or "year^-1"',
  );

export const unitBadPriceYear = (input: string, position: number): string =>
  inUnit('bad price year', input, position, 'write four digits after "@", e.g. "USD@2023"');

export const unitPriceYearNotCurrency = (input: string, position: number, name: string): string =>
  inUnit(
    `"@" after ${quote(name)}`,
    input,
    position,
    'only a currency can carry a price year, e.g. "USD@2023"',
  );

export const unitNotLowercase = (input: string, position: number, word: string): string =>
  inUnit(
    `unknown unit ${quote(word)}`,
    input,
    position,
    `a currency is an ISO 4217 code (USD); a count noun is lowercase (${quote(word.toLowerCase())})`,
  );

export const unitLooksMistyped = (
  input: string,
  position: number,
  word: string,
  meant: string,
): string =>
  inUnit(
    `${quote(word)} looks like ${quote(meant)} mistyped`,
    input,
    position,
    `write ${quote(meant)} (a lowercase word is read as a count noun only when it looks like no other unit)`,
  );

export const unknownCurrency = (input: string, position: number, code: string): string =>
  inUnit(
    `unknown currency ${quote(code)}`,
    input,
    position,
    'use an ISO 4217 code such as USD, EUR or KHR',
  );

export const unitPowerOverflow = (operation: string, left: string, right: string): string =>
  `cannot ${operation} ${left} by ${right}: a power in the resulting unit would exceed 20`;

export const unitSizeOverflow = (operation: string, left: string, right: string): string =>
  `cannot ${operation} ${left} by ${right}: the size of the resulting unit does not fit in a double`;

export const unitRatioOverflow = (from: string, to: string): string =>
  `cannot relate ${from} to ${to}: the ratio of their sizes does not fit in a double`;

export const unitPowerTooHigh = (
  input: string,
  position: number,
  name: string,
  power: number,
): string =>
  inUnit(
    `the powers of ${quote(name)} add up to ${power}`,
    input,
    position,
    'the powers of one unit, added up, must lie from -20 to 20, e.g. "USD/hour^2"',
  );

export const unitSizeTooLarge = (input: string): string =>
  `unit ${quote(input)} is too large or too small to compute with: its size does not fit in a ` +
  'double; use fewer or smaller powers';

// ---- arithmetic and comparison -------------------------------------------------------------

/** What an operation on two units of different dimensions was asked to do. */
export type Combination = 'add' | 'subtract' | 'compare' | 'convert';

/**
 * Why units `from` and `to` do not go together in `combination`. `rateUnit` is given when
 * they differ only in currencies or price years, which convert only through a rate.
 */
export function mismatch(
  combination: Combination,
  from: string,
  to: string,
  rateUnit: string | undefined,
): string {
  // `to` is the left operand's unit, and `from` the right one's (or the unit converted).
  const what =
    combination === 'add'
      ? `add ${to} to ${from}`
      : combination === 'subtract'
        ? `subtract ${from} from ${to}`
        : combination === 'compare'
          ? `compare ${to} with ${from}`
          : `convert ${from} to ${to}`;
  return rateUnit === undefined
    ? `cannot ${what}: they measure different things; only units of one dimension combine`
    : `cannot ${what}: currencies and price years convert only with a rate: convert(${
        combination === 'convert' ? 'r' : 'b'
      }, '${to}', rate), with rate a range in ${rateUnit}`;
}

export const wrongRateUnit = (from: string, to: string, expected: string, got: string): string =>
  `the rate for converting ${from} to ${to} must be in ${expected}, got ${got}`;

export const rateNotPositive = (shown: string): string =>
  `rate must be positive, e.g. range(4000, 4100, 'KHR/USD') for 4000–4100 KHR per USD, got ${shown}`;

export const divisionByZero = (divisor: string): string =>
  `cannot divide by ${divisor}: it contains 0; exclude a 0 that is only a limit: (0, 5] instead of [0, 5]`;

export const sumEmpty = (): string =>
  'cannot sum an empty list of ranges: the unit of the result is unknown; pass at least one range';

export const notARange = (argument: string, value: unknown): string =>
  `${mustBe(argument, 'a Range made by range(), point(), rangeFromJSON() or an operation', value)}${
    value !== null && typeof value === 'object' ? ' (a copy such as { ...r } is not a Range)' : ''
  }`;

// ---- range construction ------------------------------------------------------------------

export const lowAboveHigh = (low: number, high: number): string =>
  `low (${low}) is above high (${high}): a range's low bound must not exceed its high bound`;

export const emptyRange = (shown: string): string =>
  `range ${shown} is empty: a range with equal bounds must include them both`;

export const openBoundInclusive = (field: string): string =>
  `${field} is true, but an open (infinite) bound is always exclusive`;

export const centralOutside = (central: number, shown: string): string =>
  `central (${central}) is outside the range ${shown}: the best guess must lie within the bounds`;

export const meaningExtraField = (field: string): string =>
  `meaning has an unknown field ${quote(field)}: only an interval has a level`;

// ---- JSON ---------------------------------------------------------------------------------

export const jsonUnknownField = (field: string, accepted: Iterable<string>): string =>
  `range JSON has an unknown field ${quote(field)}: expected ${[...accepted].join(', ')}`;

export const jsonMissingField = (field: string): string =>
  `range JSON is missing the field ${quote(field)}`;
