import type { Dossier } from '@reckon/schema';
import { deriveAll } from '../derive/derive-all';
import { FINDING_CODES, type Finding, type FindingCode } from '../finding';
import { buildLedger } from '../ledger/build-ledger';
import { sameScopeClusters, withoutRevised } from '../ledger/clusters';
import type { CheckOptions } from '../options';
import { counterEstimateDisagrees } from './counter-estimate-disagrees';
import { counterEstimateMismatch } from './counter-estimate-mismatch';
import { currencyWithoutRate } from './currency-without-rate';
import { estimatesDisagree } from './estimates-disagree';
import { estimatesNest } from './estimates-nest';
import { estimatesRevised } from './estimates-revised';
import { partExceedsWhole } from './part-exceeds-whole';
import { partMetricExceedsWhole } from './part-metric-exceeds-whole';
import { partsExceedWhole } from './parts-exceed-whole';
import { periodMismatch } from './period-mismatch';
import { scopeMismatch } from './scope-mismatch';
import { shareAboveHundred } from './share-above-100';
import { shareImpossible } from './share-impossible';
import { unitIncompatible } from './unit-incompatible';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const CODE_ORDER = new Map(Object.keys(FINDING_CODES).map((code, i) => [code as FindingCode, i]));

/**
 * What does not add up in a dossier's numbers, and what a reader should know before using
 * them, as data: each finding has a stable `code` (see `FINDING_CODES`), a `severity`, a
 * `message` that names the estimates in words, and `refs`, the ids it is about. Findings come
 * errors first, then warnings, then notes; within a severity by code, then in document order.
 *
 * @param dossier - a dossier, as `parseDossier` returns it
 * @param options - exchange rates or deflators to compare figures in different currencies
 * @returns the findings; empty when nothing is amiss
 * @throws {DossierValidationError} when the dossier is not valid
 * @throws {InvalidRangeError} when a rate is not a positive range in currency per currency
 * @example
 * ```ts
 * import { checkDossier } from '@reckon/check';
 * import { parseDossier } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   estimates: [
 *     { id: 'kh', metric: 'scam revenue', metricKey: 'scam-revenue',
 *       range: { low: 80e9, high: 90e9, unit: 'USD/year' },
 *       geography: [{ kind: 'country', code: 'KH' }] },
 *     { id: 'sea', metric: 'scam revenue', metricKey: 'scam-revenue',
 *       range: { low: 50e9, high: 75e9, unit: 'USD/year' },
 *       geography: [{ kind: 'region', name: 'Southeast Asia', countries: ['KH', 'LA', 'MM', 'TH'] }] },
 *   ],
 * });
 * const [finding] = checkDossier(dossier);
 * finding?.code; // => 'part-exceeds-whole'
 * finding?.severity; // => 'error'
 * finding?.refs; // => ['kh', 'sea']
 * ```
 */
export function checkDossier(dossier: Dossier, options?: CheckOptions): Finding[] {
  const ledger = buildLedger(dossier, options);
  const derivations = deriveAll(ledger);
  const clusters = sameScopeClusters(ledger);
  const revisions = estimatesRevised(ledger, clusters);
  const current = withoutRevised(clusters, revisions.revised);
  const findings = [
    ...partExceedsWhole(ledger),
    ...partMetricExceedsWhole(ledger),
    ...partsExceedWhole(ledger),
    ...estimatesDisagree(ledger, current),
    ...estimatesNest(ledger, current),
    ...revisions.findings,
    ...shareAboveHundred(ledger),
    ...shareImpossible(ledger, derivations),
    ...scopeMismatch(derivations),
    ...periodMismatch(derivations),
    ...unitIncompatible(ledger),
    ...currencyWithoutRate(ledger),
    ...counterEstimateDisagrees(ledger),
    ...counterEstimateMismatch(ledger),
  ];
  // A stable sort keeps document order within a severity and code.
  return findings.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      (CODE_ORDER.get(x.code) ?? 0) - (CODE_ORDER.get(y.code) ?? 0),
  );
}
