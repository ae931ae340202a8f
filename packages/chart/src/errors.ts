import { ReckonError } from '@reckon/range';

/**
 * Options given to {@link rangeChart} are wrong: an unknown option, a width that is not a
 * whole number of pixels in range, an id prefix that is not a safe XML id, an unknown scale.
 * `option` names the option at fault (`width`, `idPrefix`). Thrown before anything is drawn,
 * so a bad option can never reach the SVG.
 *
 * @param message - what was wrong, from `messages.ts`
 * @param option - the option at fault
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { rangeChart } from '@reckon/chart';
 * rangeChart([], { width: -5 }); // throws ChartOptionsError
 * ```
 */
export class ChartOptionsError extends ReckonError {
  declare readonly code: 'CHART_OPTIONS';
  readonly option: string;

  constructor(message: string, option: string) {
    super('CHART_OPTIONS', message);
    this.name = 'ChartOptionsError';
    this.option = option;
  }
}

/**
 * The items given to {@link rangeChart} are not what it draws: not an array, or an item
 * without a string label or a range. `path` says which (`items[3].label`).
 *
 * @param message - what was wrong, from `messages.ts`
 * @param path - where the bad value is
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { rangeChart } from '@reckon/chart';
 * rangeChart([{ label: 'Revenue', range: '12.5 billion' }]); // throws ChartDataError
 * ```
 */
export class ChartDataError extends ReckonError {
  declare readonly code: 'CHART_DATA';
  readonly path: string;

  constructor(message: string, path: string) {
    super('CHART_DATA', message);
    this.name = 'ChartDataError';
    this.path = path;
  }
}
