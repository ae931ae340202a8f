export { extractRanges } from './extract-ranges';
export type { ExtractedRange } from './extracted-range';
export type { ParseOptions } from './options';
export { parseRange } from './parse-range';
