import { RangeParseError } from '../errors';
import type { Range } from '../range';
import { diagnose } from './diagnose';
import type { ExtractedRange } from './extracted-range';
import * as m from './messages';
import { type ParseOptions, resolveOptions } from './options';
import type { Reading } from './reading';
import { scanPhrases } from './scan-phrases';
import { toExtracted } from './to-extracted';

/**
 * Reads one quantity phrase into a `Range`: "$12.5 to $19 billion per year", "as much as
 * 60%", "easily exceeds 350,000 people", "tens of thousands of victims", "€3–5m",
 * "between $50 and 75 billion", "two to three million", "fell by 3-5%".
 *
 * Words around the one quantity are tolerated ("Formal estimates range from $12.5 to $19
 * billion per year"). A bare year-shaped number ("2025") is read as a number only when it
 * is the only candidate; one marked as a year by its words ("in 2025") never is.
 *
 * @param phrase - the text holding exactly one quantity
 * @param options - `dollar`: the currency of a bare `$` (default `USD`); `currencyHint`: the
 *   source's currency, which a local letter prefix (`P`, `K`), `Rs` or "pesos" may name
 * @returns the range, with its unit, qualifier and significant figures
 * @throws {RangeParseError} when the text holds no quantity or more than one, or one that
 *   cannot be read without guessing (a period the units do not model, a number a double
 *   cannot hold, digits grouped neither the Western nor the Indian way), saying what and at
 *   which offset (`error.offset`)
 * @throws {RangeParseError} when `options` is given but is not an object
 * @throws {UnknownCurrencyError} when `options.dollar` or `options.currencyHint` is not an
 *   ISO 4217 code
 * @example
 * ```ts
 * const revenue = parseRange('Formal estimates range from $12.5 to $19 billion per year');
 * [revenue.low, revenue.high, String(revenue.unit)]; // => [12.5e9, 19e9, 'USD/year']
 * parseRange('as much as 60% of GDP').low; // => -Infinity
 * parseRange('tens of thousands of victims').qualifier; // => 'vague'
 * parseRange('a 12% slump').change; // => 'fall'
 * parseRange('P2.5 billion').unit.text; // => 'PHP'
 * parseRange('P500', { currencyHint: 'PHP' }).low; // => 500
 * ```
 */
export function parseRange(phrase: string, options?: ParseOptions): Range {
  if (typeof phrase !== 'string') throw new RangeParseError(m.notAString('parseRange', phrase));
  const resolved = resolveOptions(options);
  const strong: ExtractedRange[] = [];
  const weak: ExtractedRange[] = [];
  scanPhrases(
    phrase,
    resolved.currencyHint,
    (reading: Reading, stream) => {
      if (reading.nonQuantity === 'strong') return;
      const extracted = toExtracted(reading, stream, resolved);
      if (!extracted) return;
      (reading.nonQuantity === 'weak' || reading.bareWord ? weak : strong).push(extracted);
    },
    (refusal) => {
      throw new RangeParseError(refusal.message, { input: phrase, offset: refusal.offset });
    },
  );
  const candidates = strong.length > 0 ? strong : weak;
  const [first, second] = candidates;
  if (first === undefined) {
    const problem = diagnose(phrase);
    throw new RangeParseError(problem.message, { input: phrase, offset: problem.offset });
  }
  if (second !== undefined) {
    throw new RangeParseError(
      m.severalQuantities(phrase, first.text, first.start, second.text, second.start),
      { input: phrase, offset: second.start },
    );
  }
  return first.range;
}
