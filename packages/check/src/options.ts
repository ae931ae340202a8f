import type { Range } from '@reckon/range';

/**
 * Options for {@link deriveFigures} and {@link checkDossier}.
 */
export interface CheckOptions {
  /**
   * Exchange rates and deflators the caller vouches for, each a positive range in currency
   * per currency (`range(4000, 4100, 'KHR/USD')`, `range(1.1, 1.2, 'USD@2023/USD@2015')`).
   * Either direction serves. Without one, figures in different currencies or price years are
   * never combined or compared, and `currency-without-rate` says so.
   */
  readonly rates?: readonly Range[];
}
