/**
 * Reading Microsoft Recognizers-Text's English specs (NumberRangeModel, CurrencyModel,
 * PercentModel) as expectations for this parser: their resolutions mapped to ours, and
 * ours written the same way, so a case agrees when both list the same values in order.
 * Used by the conformance test. Not part of the public API.
 */

import { extractRanges } from '../src/parse/extract-ranges';
import type { Range } from '../src/range';

/** One case of a spec file. */
export interface PeerCase {
  readonly Input: string;
  readonly NotSupported?: string;
  readonly Results: readonly {
    readonly Text: string;
    readonly TypeName: string;
    readonly Resolution: {
      readonly value: string | null;
      readonly unit?: string;
      readonly isoCurrency?: string;
    };
  }[];
}

/** The spec files this conformance test reads. */
export type PeerModel = 'NumberRangeModel' | 'CurrencyModel' | 'PercentModel';

/**
 * Their currency unit names without an ISO code, mapped to ours: a bare "Dollar" is the
 * `$` of an English text (USD by default); cents and pence are hundredths.
 */
const NAMED: Readonly<Record<string, readonly [code: string, factor: number]>> = {
  Dollar: ['USD', 1],
  Pound: ['GBP', 1],
  Euro: ['EUR', 1],
  Cent: ['USD', 0.01],
  Pence: ['GBP', 0.01],
  Penny: ['GBP', 0.01],
};

/** An interval as they write it: `(20,35]`, `[3965,)`, `(,100]`. */
export function intervalText(r: Range): string {
  const low = Number.isFinite(r.low) ? String(r.low) : '';
  const high = Number.isFinite(r.high) ? String(r.high) : '';
  return `${r.lowInclusive ? '[' : '('}${low},${high}${r.highInclusive ? ']' : ')'}`;
}

/** Rounds away the float noise of scaling by 0.01 (50 × 0.01 = 0.5, not 0.5000000000000001). */
const tidy = (x: number): string => String(Number(x.toPrecision(12)));

/**
 * Their expected values for a case, in our terms, or undefined when a result is outside
 * what this parser reads (a currency they name without a code, like "Franc"; a currency
 * word with no amount).
 *
 * @param model - which spec the case is from
 * @param c - the case
 * @returns one string per result: `(20,35]`, `75000000 USD`, `100 %`
 */
export function theirValues(model: PeerModel, c: PeerCase): string[] | undefined {
  const out: string[] = [];
  for (const r of c.Results) {
    const { value, unit, isoCurrency } = r.Resolution;
    if (value === null) return undefined;
    if (model === 'NumberRangeModel') out.push(value);
    else if (model === 'PercentModel') out.push(`${tidy(Number(value.replace('%', '')))} %`);
    else {
      const named = unit === undefined ? undefined : NAMED[unit];
      const code = isoCurrency ?? named?.[0];
      if (code === undefined) return undefined;
      out.push(`${tidy(Number(value) * (isoCurrency ? 1 : (named?.[1] ?? 1)))} ${code}`);
    }
  }
  return out;
}

/**
 * Our values for a case, written as {@link theirValues} writes theirs. For currency and
 * percent only the ranges in those units count: their models do not report anything else.
 *
 * @param model - which spec the case is from
 * @param input - the case's input
 * @returns one string per range found
 */
export function ourValues(model: PeerModel, input: string): string[] {
  const extracted = extractRanges(input);
  if (model === 'NumberRangeModel') {
    // Their NumberRangeModel reports comparisons and ranges; a plain number is their
    // NumberModel's, and becomes a range only when written as an equality ("equals 20").
    return extracted
      .filter((f) => !plainNumber(f.range) || EQUALITY.test(f.text))
      .map((f) => intervalText(f.range));
  }
  const found = extracted.map((f) => f.range);
  if (model === 'PercentModel') {
    return found.filter((r) => r.unit.text === '%').map((r) => `${tidy(written(r))} %`);
  }
  return found
    .filter((r) => r.unit.atoms[0]?.kind === 'currency')
    .map((r) => `${tidy(written(r))} ${r.unit.atoms[0]?.name}`);
}

/** A point read from a number alone, with no comparison or hedge. */
const plainNumber = (r: Range): boolean => r.low === r.high && r.qualifier === 'exact';

/** The words of equality their NumberRangeModel reads as a range of one point. */
const EQUALITY = /^equal(?:s|l?ing)?\b/i;

/**
 * The amount as the text writes it, which is what their models report. A fall is signed
 * in our reading ("down 34 cents" is -0.34 USD with `change: 'fall'`), and their models
 * have no sign of change: the written amount is the fall's magnitude.
 */
const written = (r: Range): number => (r.change === 'fall' ? -r.high : r.low);
