export { formatRange } from './format-range';
export type { FormatOptions } from './options';
