import type { OfficialResponse } from '@reckon/schema';
import { scopeRelation } from '../scope/geography';
import { periodRelation } from '../scope/period';
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

/** What a counter-estimate and a target it is set against differ in. */
export type CounterDifference = 'metric' | 'place' | 'period';

/**
 * How a counter-estimate stands to an estimate the response targets: the differences that
 * make it measure something else, or undefined when it is not set against that estimate at
 * all (another metric or place among the estimates of a targeted report).
 */
function differences(
  counter: EstimateEntry,
  target: EstimateEntry,
  named: boolean,
  ledger: Ledger,
): CounterDifference[] | undefined {
  const a = counter.estimate;
  const b = target.estimate;
  if (a.id === b.id) return undefined;
  const out: CounterDifference[] = [];
  if (a.metricKey !== undefined && b.metricKey !== undefined) {
    if (a.metricKey !== b.metricKey) out.push('metric');
  } else if (!named) {
    return undefined; // nothing says an unnamed estimate of a report is what the counter answers
  } else if (alignTo(counter.range, target.range.unit, ledger.rates).kind === 'incompatible') {
    out.push('metric');
  }
  const place = scopeRelation(a.geography, b.geography);
  if (place !== 'same' && place !== 'unknown') out.push('place');
  const period = periodRelation(a.period, b.period);
  if (period === 'overlapping' || period === 'disjoint') out.push('period');
  // Of a targeted report's estimates, only those of its metric and place are its targets.
  if (!named && (out.includes('metric') || out.includes('place'))) return undefined;
  return out;
}

/** A counter-estimate set against estimates that measure something else, or against nothing. */
export interface CounterMismatch {
  readonly response: OfficialResponse;
  readonly counter: EstimateEntry;
  /** Each target and what differs; empty when the counter answers nothing the response targets. */
  readonly targets: readonly {
    readonly target: EstimateEntry;
    readonly differs: readonly CounterDifference[];
  }[];
}

/** The counter-estimates of every response, each with the targets it answers and those it misses. */
export interface CounterReading {
  readonly pairs: readonly CounterPair[];
  readonly mismatches: readonly CounterMismatch[];
}

/**
 * Every counter-estimate of a response with each estimate it answers: an estimate of the same
 * metric (by `metricKey`), place and period among those the response targets (directly, or
 * through the reports and claims it targets), or, when either lacks a key, an estimate the
 * response names in `targets.estimateIds` whose unit measures the same thing. A counter set
 * against a named estimate of another metric, place or period, or against a targeted report's
 * estimate of its metric and place but another period, or against nothing at all, is a
 * mismatch: it is never silently skipped.
 *
 * @param ledger - the dossier, read
 * @returns the pairs and the mismatches, response by response
 */
export function readCounters(ledger: Ledger): CounterReading {
  const pairs: CounterPair[] = [];
  const mismatches: CounterMismatch[] = [];
  for (const response of ledger.dossier.responses) {
    const targets = targetsOf(ledger, response);
    for (const counterId of response.counterEstimateIds ?? []) {
      const counter = ledger.byId.get(counterId);
      if (counter === undefined) continue;
      const missed: { target: EstimateEntry; differs: CounterDifference[] }[] = [];
      let answered = 0;
      for (const [targetId, named] of targets) {
        const target = ledger.byId.get(targetId);
        const differs =
          target === undefined ? undefined : differences(counter, target, named, ledger);
        if (target === undefined || differs === undefined) continue;
        if (differs.length === 0) {
          pairs.push({ response, counter, target });
          answered++;
        } else missed.push({ target, differs });
      }
      if (missed.length > 0 || answered === 0)
        mismatches.push({ response, counter, targets: missed });
    }
  }
  return { pairs, mismatches };
}

/**
 * The counter-estimates that answer an estimate of the same metric, place and period; see
 * {@link readCounters}.
 *
 * @param ledger - the dossier, read
 * @returns the pairs, response by response
 */
export function counterPairs(ledger: Ledger): CounterPair[] {
  return [...readCounters(ledger).pairs];
}
