export { rangeChart } from './range-chart';
export type { ChartItem, ChartOptions } from './types';
