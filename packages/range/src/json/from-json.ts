import { InvalidRangeError, ReckonError } from '../errors';
import { jsonMissingField, jsonUnknownField, mustBe } from '../messages';
import type { Change, Meaning, Qualifier, Range, RangeOptions } from '../range';
import { range } from '../range';
import type { Unit } from '../unit/types';
import { unit } from '../unit/unit';

const FIELDS: ReadonlySet<string> = new Set([
  'low',
  'high',
  'unit',
  'lowInclusive',
  'highInclusive',
  'central',
  'qualifier',
  'meaning',
  'sigFigs',
  'change',
]);

function readBound(field: 'low' | 'high', value: unknown): number {
  if (value === null) return field === 'low' ? -Infinity : Infinity;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const expected = 'a finite number, or null for an open bound';
    throw new InvalidRangeError(mustBe(`range JSON field "${field}"`, expected, value), field);
  }
  return value;
}

function readUnitField(value: unknown): Unit {
  if (typeof value !== 'string') {
    const expected = 'a unit string such as "USD/year"';
    throw new InvalidRangeError(mustBe('range JSON field "unit"', expected, value), 'unit');
  }
  try {
    return unit(value);
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    // One error class for every bad field, as the schema layer expects; the unit's own
    // error (with its position) stays available as `cause`.
    const wrapped = new InvalidRangeError(`range JSON field "unit": ${error.message}`, 'unit');
    Object.defineProperty(wrapped, 'cause', { value: error });
    throw wrapped;
  }
}

/**
 * Reads and validates the JSON form of a range; the exact inverse of `rangeToJSON`.
 * Unknown fields are refused, so a misspelt field is never silently ignored.
 *
 * @param json - a parsed JSON value, e.g. `{ "low": 12.5e9, "high": 19e9, "unit": "USD/year" }`
 * @returns the `Range` (immutable: see the `Range` type)
 * @throws {InvalidRangeError} naming the offending field in `field` and in the message
 * @example
 * ```ts
 * const r = rangeFromJSON({ low: null, high: 60, unit: '%', qualifier: 'at-most' });
 * r.low; // => -Infinity
 * r.highInclusive; // => true
 * ```
 */
export function rangeFromJSON(json: unknown): Range {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const expected = 'an object like { "low": 12.5e9, "high": 19e9, "unit": "USD/year" }';
    throw new InvalidRangeError(mustBe('range JSON', expected, json));
  }
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!FIELDS.has(key)) throw new InvalidRangeError(jsonUnknownField(key, FIELDS), key);
  }
  for (const key of ['low', 'high', 'unit']) {
    if (!(key in record)) throw new InvalidRangeError(jsonMissingField(key), key);
  }
  const low = readBound('low', record.low);
  const high = readBound('high', record.high);
  const u = readUnitField(record.unit);
  // `range` checks the types and values of the optional fields and names them.
  const options: { -readonly [K in keyof RangeOptions]: RangeOptions[K] } = {};
  if (record.lowInclusive !== undefined) options.lowInclusive = record.lowInclusive as boolean;
  if (record.highInclusive !== undefined) options.highInclusive = record.highInclusive as boolean;
  if (record.central !== undefined) options.central = record.central as number;
  if (record.qualifier !== undefined) options.qualifier = record.qualifier as Qualifier;
  if (record.meaning !== undefined) options.meaning = record.meaning as Meaning;
  if (record.sigFigs !== undefined) options.sigFigs = record.sigFigs as number;
  if (record.change !== undefined) options.change = record.change as Change;
  return range(low, high, u, options);
}
