import type { Range } from '@reckon/range';

/** One interval on the chart. */
export interface ChartItem {
  /** What the figure measures, e.g. `Scam revenue`. Plain text; it is escaped. */
  readonly label: string;
  readonly range: Range;
  /** Where the figure applies, e.g. `Cambodia`; shown under the label. */
  readonly scope?: string;
  /** A figure computed from others rather than stated by a source: drawn dashed. */
  readonly derived?: boolean;
}

/** How to draw the chart; every field has a default. */
export interface ChartOptions {
  /** The chart's accessible title. Default: `Estimates`. */
  readonly title?: string;
  /** A sentence for the accessible description, before the list of figures. */
  readonly description?: string;
  /** Width in pixels; the height follows from the number of items. Default: 720. */
  readonly width?: number;
  /** `auto` (the default) uses a log axis when finite values span two orders of magnitude or more. */
  readonly scale?: 'auto' | 'linear' | 'log';
  /** Locale for numbers. Default: `en`. */
  readonly locale?: string;
  /** Prefix for element ids, so several charts can share a page. Default: `reckon-chart`. */
  readonly idPrefix?: string;
}
