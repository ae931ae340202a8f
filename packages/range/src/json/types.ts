import type { Change, Meaning, Qualifier } from '../range';

/**
 * The JSON form of a range: `{ "low": 12.5e9, "high": 19e9, "unit": "USD/year" }`. Open
 * bounds are `null`; every other field is written only when it differs from its default
 * (inclusivity: inclusive when finite; qualifier `exact`; meaning `bounds`).
 */
export interface RangeJSON {
  low: number | null;
  high: number | null;
  unit: string;
  lowInclusive?: boolean;
  highInclusive?: boolean;
  central?: number;
  qualifier?: Qualifier;
  meaning?: Meaning;
  sigFigs?: number;
  /** `rise` or `fall` for a stated change. */
  change?: Change;
}
