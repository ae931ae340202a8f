import type { OfficialResponse } from '@reckon/schema';
import { scopeRelation } from '../scope/geography';
import { alignTo } from '../units/align';
import type { EstimateEntry, Ledger } from './ledger';

/** A response's counter-estimate and an estimate it disputes. */
export interface CounterPair {
  readonly response: OfficialResponse;
  readonly counter: EstimateEntry;
  readonly target: EstimateEntry;
}

/** The estimates a response answers: named ones, and those of the reports and claims it targets. */
function targetsOf(ledger: Ledger, response: OfficialResponse): Map<string, boolean> {
  const { reportIds = [], claimIds = [], estimateIds = [] } = response.targets;
  const found = new Map<string, boolean>(); // id → named explicitly
  for (const report of ledger.dossier.reports) {
    if (reportIds.includes(report.id)) for (const e of report.estimates) found.set(e.id, false);
  }
  const claims = [...ledger.dossier.reports.flatMap((r) => r.findings), ...ledger.dossier.claims];
  for (const claim of claims) {
    if (claimIds.includes(claim.id)) for (const id of claim.estimateIds ?? []) found.set(id, false);
  }
  for (const id of estimateIds) found.set(id, true);
  return found;
}

/** Whether a counter-estimate answers a target: one metric, or a named target in a like unit. */
function answers(
  counter: EstimateEntry,
  target: EstimateEntry,
  named: boolean,
  ledger: Ledger,
): boolean {
  const a = counter.estimate;
  const b = target.estimate;
  if (a.id === b.id) return false;
  const relation = scopeRelation(a.geography, b.geography);
  if (relation !== 'same' && relation !== 'unknown') return false;
  if (a.metricKey !== undefined && b.metricKey !== undefined) return a.metricKey === b.metricKey;
  return named && alignTo(counter.range, target.range.unit, ledger.rates).kind !== 'incompatible';
}

/**
 * Every counter-estimate of a response with each estimate it answers: an estimate of the same
 * metric (by `metricKey`) and place among those the response targets (directly, or through the
 * reports and claims it targets), or, when either lacks a key, an estimate the response names
 * in `targets.estimateIds` whose unit measures the same thing.
 *
 * @param ledger - the dossier, read
 * @returns the pairs, response by response
 */
export function counterPairs(ledger: Ledger): CounterPair[] {
  const out: CounterPair[] = [];
  for (const response of ledger.dossier.responses) {
    const targets = targetsOf(ledger, response);
    for (const counterId of response.counterEstimateIds ?? []) {
      const counter = ledger.byId.get(counterId);
      if (counter === undefined) continue;
      for (const [targetId, named] of targets) {
        const target = ledger.byId.get(targetId);
        if (target !== undefined && answers(counter, target, named, ledger)) {
          out.push({ response, counter, target });
        }
      }
    }
  }
  return out;
}
