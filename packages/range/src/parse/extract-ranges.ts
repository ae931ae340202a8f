import { RangeParseError } from '../errors';
import type { Range } from '../range';
import type { ExtractedRange } from './extracted-range';
import { isLevelPair, shareLevelUnit } from './level-pair';
import * as m from './messages';
import { type ParseOptions, type ResolvedOptions, resolveOptions } from './options';
import type { Reading } from './reading';
import type { Refusal } from './refusal';
import { restatedChange } from './restated-change';
import { scanPhrases } from './scan-phrases';
import { sharedChange } from './shared-change';
import { rebuild, result, toExtracted } from './to-extracted';
import type { TokenStream } from './token-stream';

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
  into.found = found;
  into.options = resolved;
  try {
    scanPhrases(text, resolved.currencyHint, collect, skip);
  } finally {
    into.found = NOTHING;
    into.last = undefined;
    into.refusedNext = -1;
  }
  return found;
}

/**
 * Where `collect` puts what it reads: the call in progress's list and options. The callbacks
 * are made once, not per call. A closure made per call dies with the call, and the engine's
 * optimised code for the scan, which inlines it, is thrown away at the next full garbage
 * collection and compiled again (see `SHAPE_KEEPER` in `token-stream.ts`). The scan calls no
 * code of the caller's, so no call can start inside another.
 */
const NOTHING: ExtractedRange[] = [];
const into: {
  found: ExtractedRange[];
  options: ResolvedOptions;
  /** The reading of the last result, whose unit the next may share (see `level-pair.ts`). */
  last: Reading | undefined;
  /** The word right before the last refused phrase, and the index of the token after it. */
  refusedAfter: string;
  refusedNext: number;
} = {
  found: NOTHING,
  options: resolveOptions(undefined),
  last: undefined,
  refusedAfter: '',
  refusedNext: -1,
};

function collect(reading: Reading, stream: TokenStream): void {
  if (reading.nonQuantity !== 'no' || reading.bareWord) return;
  const { found, last } = into;
  // "revised to 1,400 per dollar from 120": the new figure was refused, so the old goes too.
  if (into.refusedNext === reading.first - 1 && isOtherSide(reading.revision, into.refusedAfter)) {
    into.last = undefined;
    return;
  }
  let current: Reading | undefined = reading;
  if (last !== undefined && isLevelPair(last, reading, stream)) {
    const [first, second] = shareLevelUnit(last, reading);
    current = second;
    const earlier = found[found.length - 1];
    if (first !== last && earlier !== undefined) {
      const rebuilt = first && rebuild(first, earlier, into.options);
      if (rebuilt === undefined) found.pop();
      else found[found.length - 1] = rebuilt;
    }
  }
  // "shrank by 10,000, or 2%": the same change, in other terms; "fell 3% in 2022 and 2% in
  // 2023": a second change the verb is shared with.
  if (last !== undefined && current !== undefined) {
    current =
      restatedChange(last, current, stream) ?? sharedChange(last, current, stream) ?? current;
  }
  const extracted = current && toExtracted(current, stream, into.options);
  into.last = extracted === undefined ? undefined : current;
  if (extracted === undefined) return;
  found.push(extracted);
  keepShapes(extracted);
}

/**
 * A phrase that cannot be read without guessing is left out, never half-read. The two figures
 * of a revision share a unit that the new one often names, so when one of them is refused
 * the other goes too: alone, "fell from 83 to 84 per dollar" would give a bare 83.
 */
function skip(refusal: Refusal, stream: TokenStream, start: number): void {
  const before = stream.at(start - 1).lower;
  into.refusedAfter = before;
  into.refusedNext = refusal.next;
  const { last, found } = into;
  if (last !== undefined && last.next === start - 1 && isOtherSide(last.revision, before)) {
    found.pop();
    into.last = undefined;
  }
}

/** Whether `revision` marks one side of a revision and `word` is the other side's word. */
const isOtherSide = (revision: 'from' | 'to' | undefined, word: string): boolean =>
  revision !== undefined && word !== revision && (word === 'from' || word === 'to');

/**
 * One object of each shape a result and its range can take, kept alive for the same reason
 * as `SHAPE_KEEPER` in `token-stream.ts`. The optional fields make a shape per combination
 * present; the engine keeps a shape only while some object has it, and a full garbage
 * collection between two calls would free the shapes and throw away the optimised code that
 * makes them, to be compiled again on the next calls. Ranges are kept as they are (they
 * hold numbers and interned units); results are kept as stand-ins with empty text, so that
 * no caller's input is held after the call. Indexed by the optional fields present.
 */
const keptResults: ExtractedRange[] = [];
const keptRanges: Range[] = [];

function keepShapes(found: ExtractedRange): void {
  const { range, noun, revision } = found;
  const base = found.context?.base;
  keptRanges[
    (range.central === undefined ? 0 : 1) |
      (range.sigFigs === undefined ? 0 : 2) |
      (range.change === undefined ? 0 : 4)
  ] = range;
  const shape = (noun === undefined ? 0 : 1) | (base === undefined ? 0 : 2) | (revision ? 4 : 0);
  if (keptResults[shape] !== undefined) return;
  const blank = (s: string | undefined) => (s === undefined ? undefined : '');
  keptResults[shape] = result(range, 0, 0, '', blank(noun), blank(base), revision);
}
