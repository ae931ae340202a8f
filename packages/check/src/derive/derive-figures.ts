import type { Dossier } from '@reckon/schema';
import type { DerivedFigure } from '../derived-figure';
import { buildLedger } from '../ledger/build-ledger';
import type { CheckOptions } from '../options';
import { deriveAll } from './derive-all';

/**
 * What a dossier's numbers imply, each figure with its inputs, operation and notes so a reader
 * can audit it. Computed with @reckon/range arithmetic, so a figure holds every value its inputs
 * allow:
 * - for a share with a stated numerator, the base it implies (`implied-base`), and the source's
 *   likely reading, where a stated end of the share belongs to the same end of the numerator
 *   (`paired-base`, `paired-share`);
 * - for a share whose base is an estimate in the dossier, the share that base gives
 *   (`share-from-base`) or the amount the share stands for (`implied-numerator`);
 * - for one metric at nested places, the part's share of the whole (`part-of-whole`);
 * - money per head of a count covering the same place or part of it (`per-unit`).
 *
 * @param dossier - a dossier, as `parseDossier` returns it
 * @param options - exchange rates or deflators to combine figures in different currencies
 * @returns the derived figures, in a stable order
 * @throws {DossierValidationError} when the dossier is not valid
 * @throws {InvalidRangeError} when a rate is not a positive range in currency per currency
 * @example
 * ```ts
 * import { deriveFigures } from '@reckon/check';
 * import { parseDossier } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   estimates: [
 *     { id: 'kh', metric: 'scam revenue', metricKey: 'scam-revenue',
 *       range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
 *       geography: [{ kind: 'country', code: 'KH' }] },
 *     { id: 'sea', metric: 'scam revenue', metricKey: 'scam-revenue',
 *       range: { low: 50e9, high: 75e9, unit: 'USD/year' },
 *       geography: [{ kind: 'region', name: 'Southeast Asia', countries: ['KH', 'LA', 'MM', 'TH'] }] },
 *   ],
 * });
 * const [share] = deriveFigures(dossier);
 * share?.kind; // => 'part-of-whole'
 * share?.inputs; // => ['kh', 'sea']
 * [share?.range.low.toFixed(2), share?.range.high.toFixed(2), String(share?.range.unit)]; // => ['16.67', '38.00', '%']
 * ```
 */
export function deriveFigures(dossier: Dossier, options?: CheckOptions): DerivedFigure[] {
  return deriveAll(buildLedger(dossier, options)).map((derivation) => derivation.figure);
}
