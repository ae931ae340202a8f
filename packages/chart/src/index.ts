export {
  type ChartDerivedFigure,
  type ChartDossier,
  type ChartEstimate,
  type ChartPlace,
  type ChartRangeJSON,
  dossierChartItems,
} from './dossier-chart-items';
export { ChartDataError, ChartOptionsError } from './errors';
export { rangeChart } from './range-chart';
export type { ChartItem, ChartOptions } from './types';
