export { rangeFromJSON } from './json/from-json';
export { rangeToJSON } from './json/to-json';
export type { RangeJSON } from './json/types';
