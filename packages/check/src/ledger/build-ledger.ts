import { equals, InvalidRangeError, type Range, rangeFromJSON } from '@reckon/range';
import type { Dossier, Estimate } from '@reckon/schema';
import { isPositive } from '../derive/range-parts';
import { errorMessages } from '../messages/errors';
import type { CheckOptions } from '../options';
import { describeEstimate } from './describe-estimate';
import { indexEstimates } from './estimate-index';
import type { EstimateEntry, Ledger } from './ledger';
import { sourceWords } from './source-words';
import { validateOnce } from './validate-once';

/** Refuses a rate that is not a positive range in currency per currency. */
function checkRate(rate: unknown, index: number): Range {
  const where = `options.rates[${index}]`;
  try {
    equals(rate as Range, rate as Range);
  } catch {
    throw new InvalidRangeError(errorMessages.rateNotRange(where), 'rates');
  }
  const r = rate as Range;
  const atoms = r.unit.atoms;
  const currencyRatio =
    atoms.length === 2 &&
    atoms.every((atom) => atom.kind === 'currency') &&
    atoms.some((atom) => atom.power === 1) &&
    atoms.some((atom) => atom.power === -1);
  if (!currencyRatio) {
    throw new InvalidRangeError(errorMessages.rateNotCurrencyRatio(where, r.unit.text), 'rates');
  }
  if (!isPositive(r)) {
    throw new InvalidRangeError(errorMessages.rateNotPositive(where, r.low, r.unit.text), 'rates');
  }
  return r;
}

function readRates(options: unknown): readonly unknown[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== 'object') {
    throw new InvalidRangeError(errorMessages.optionsNotObject(options), 'options');
  }
  const rates: unknown = (options as CheckOptions).rates;
  if (rates === undefined) return [];
  if (!Array.isArray(rates))
    throw new InvalidRangeError(errorMessages.ratesNotArray(rates), 'rates');
  return rates;
}

/** What a ledger holds apart from the caller's rates: the same for every call on one dossier. */
type Reading = Omit<Ledger, 'rates'>;

/** Each validated dossier's reading, so that deriving and checking one dossier read it once. */
const readings = new WeakMap<Dossier, Reading>();

function read(valid: Dossier): Reading {
  const known = readings.get(valid);
  if (known !== undefined) return known;
  const estimates: EstimateEntry[] = [];
  const add = (estimate: Estimate, reportId?: string) => {
    const range = rangeFromJSON(estimate.range);
    let words: string | undefined;
    estimates.push({
      estimate,
      range,
      name: `“${estimate.metric}”`,
      ...(reportId === undefined ? {} : { reportId }),
      // Written when a message first needs it: formatting a range costs far more than reading
      // one, and most estimates of a large dossier are never named in a message.
      get words() {
        words ??= describeEstimate(estimate, range, sourceWords(valid, estimate, reportId));
        return words;
      },
    });
  };
  for (const report of valid.reports) for (const e of report.estimates) add(e, report.id);
  for (const e of valid.estimates) add(e);
  const byId = new Map(estimates.map((entry) => [entry.estimate.id, entry]));
  const reading = { dossier: valid, estimates, byId, index: indexEstimates(estimates) };
  readings.set(valid, reading);
  return reading;
}

/**
 * Reads a dossier once for every check: validates it once (`validateOnce`, so a hand-built
 * object that skipped `parseDossier` fails with the schema's error, not a crash, and a dossier
 * already validated here is not validated again), reads every estimate's range, names each
 * estimate in words, and indexes the estimates by metric, place and period.
 *
 * @param dossier - a dossier, as `parseDossier` returns it
 * @param options - rates to convert currencies with
 * @returns the ledger
 * @throws {DossierValidationError} when the dossier is not valid
 * @throws {InvalidRangeError} when `options` or its `rates` are malformed, or a rate is not a
 *   positive range in currency per currency
 */
export function buildLedger(dossier: Dossier, options?: CheckOptions): Ledger {
  const valid = validateOnce(dossier);
  const rates = readRates(options).map(checkRate);
  return { ...read(valid), rates };
}
