/**
 * How much a finding matters: `error` (the numbers cannot all be right), `warning` (a reader
 * should know before using them), `info` (worth saying; nothing is wrong).
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Every finding code with its severity and what it means, in the order findings of one
 * severity are listed. Codes are stable: a code is never renamed or reused; messages may be
 * reworded between releases. (`share-above-100` is a warning when only its upper part is.)
 *
 * @example
 * ```ts
 * import { FINDING_CODES } from '@reckon/check';
 * FINDING_CODES['part-exceeds-whole'].severity; // => 'error'
 * Object.keys(FINDING_CODES).length; // => 14
 * ```
 */
export const FINDING_CODES = {
  'part-exceeds-whole': {
    severity: 'error',
    summary: "a part's figure is certainly greater than its whole's (a country above its region)",
  },
  'part-metric-exceeds-whole': {
    severity: 'error',
    summary:
      'a metric declared part of another (partOf) is certainly greater than it, for one place and period',
  },
  'parts-exceed-whole': {
    severity: 'error',
    summary:
      "places inside a wider one add up, at their lower bounds, to more than the wider place's figure",
  },
  'estimates-disagree': {
    severity: 'warning',
    summary: 'two estimates of one metric, place and period do not overlap',
  },
  'estimates-nest': {
    severity: 'info',
    summary: "one estimate of a metric, place and period lies inside another's range",
  },
  'estimates-revised': {
    severity: 'info',
    summary:
      'estimates of one metric and place that revise one another (supersedes, or asOf dates)',
  },
  'share-above-100': {
    severity: 'error',
    summary: 'a stated share exceeds 100% (warning when only its upper part does)',
  },
  'share-impossible': {
    severity: 'error',
    summary: 'a stated share cannot follow from its numerator and a known base',
  },
  'scope-mismatch': {
    severity: 'warning',
    summary: 'a derived figure combines estimates of different places',
  },
  'period-mismatch': {
    severity: 'warning',
    summary: 'a derived figure combines estimates of different periods',
  },
  'unit-incompatible': {
    severity: 'error',
    summary: 'estimates that should combine are in units that measure different things',
  },
  'currency-without-rate': {
    severity: 'warning',
    summary: 'estimates in different currencies or price years, and no rate to convert them',
  },
  'counter-estimate-disagrees': {
    severity: 'warning',
    summary: "a response's counter-estimate does not overlap the estimate it disputes",
  },
  'counter-estimate-mismatch': {
    severity: 'warning',
    summary:
      "a response's counter-estimate measures another metric, place or period than its target, or answers none",
  },
} as const satisfies Record<string, { readonly severity: Severity; readonly summary: string }>;

/** A stable finding code; see {@link FINDING_CODES}. */
export type FindingCode = keyof typeof FINDING_CODES;

/**
 * Something about a dossier's numbers that does not add up, or that a reader should know:
 * a stable `code`, its `severity`, a `message` that names the estimates in words, and `refs`,
 * the ids of the dossier entities (estimates, responses) it is about. A finding about a derived
 * figure names it in `figureId`.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly refs: readonly string[];
  readonly figureId?: string;
}
