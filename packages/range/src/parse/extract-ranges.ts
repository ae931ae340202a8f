import { RangeParseError } from '../errors';
import type { ExtractedRange } from './extracted-range';
import * as m from './messages';
import { type ParseOptions, resolveOptions } from './options';
import { scanPhrases } from './scan-phrases';
import { toExtracted } from './to-extracted';

/**
 * Finds every quantity phrase in a text, in order, with its offsets.
 *
 * Years and dates are left out: a four-digit number from 1900 to 2100 written without
 * separators or a unit ("in 2025", "the 2019 elections", a bare "2025", "2019–2021"), a day
 * next to a month ("May 20"), and numbers inside codes, dates, times and web addresses
 * ("COVID-19", "2025-05-20", "10:30", "1/2"). Lone number words with nothing around them
 * ("one of the reasons") are left out too; with a unit, noun or scale they count ("two
 * million", "three victims").
 *
 * @param text - the paragraph
 * @param options - `dollar`: the currency of a bare `$` (default `USD`); `currencyHint`: the
 *   source's currency, which a local letter prefix (`P`, `K`), `Rs` or "pesos" may name
 * A stated interval ("the 90 percent confidence interval runs from 1,210 to 1,870") is one
 * range with its level; after a verb of revision ("revised the toll from 120 to 1,400") the
 * two figures are separate, marked `revision: 'from'` and `'to'`. A phrase that cannot be
 * read without guessing is left out.
 *
 * @returns each phrase's range, `start`/`end` offsets (UTF-16 code units), `text`, the
 *   counted `noun` when there is one, `context.base` for a share ("of GDP"), and `revision`
 * @throws {RangeParseError} when `text` is not a string
 * @throws {RangeParseError} when `options` is given but is not an object
 * @throws {UnknownCurrencyError} when `options.dollar` or `options.currencyHint` is not an
 *   ISO 4217 code
 * @example
 * ```ts
 * const found = extractRanges(
 *   'equivalent to as much as 60% of GDP; the labour force easily exceeds 350,000 people.',
 * );
 * found.map((f) => f.text); // => ['as much as 60%', 'easily exceeds 350,000 people']
 * found[0]?.context; // => { base: 'GDP' }
 * found[1]?.range.low; // => 350000
 * extractRanges('revised the toll from 120 to 1,400').map((f) => f.revision); // => ['from', 'to']
 * ```
 */
export function extractRanges(text: string, options?: ParseOptions): ExtractedRange[] {
  if (typeof text !== 'string') throw new RangeParseError(m.notAString('extractRanges', text));
  const resolved = resolveOptions(options);
  const found: ExtractedRange[] = [];
  scanPhrases(
    text,
    resolved.currencyHint,
    (reading, stream) => {
      if (reading.nonQuantity !== 'no' || reading.bareWord) return;
      const extracted = toExtracted(reading, stream, resolved);
      if (extracted) found.push(extracted);
    },
    // A phrase that cannot be read without guessing is left out, never half-read.
    () => undefined,
  );
  return found;
}
