import { buildTrie } from './trie';

/** The dimensionless units a number can carry in prose. */
export type RatioUnit = '%' | 'pp' | 'permille' | 'bp';

/** `%`, `percent`, `percentage points`, `‰`, `basis points`... after a number. */
export const RATIO_UNITS = buildTrie<RatioUnit>([
  ['%', '%'],
  ['percent', '%'],
  ['per cent', '%'],
  ['pct', '%'],
  ['pc', '%'],
  ['percentage', '%'],
  ['percents', '%'],
  ['percentage points', 'pp'],
  ['percentage point', 'pp'],
  ['percent points', 'pp'],
  ['pp', 'pp'],
  ['p.p.', 'pp'],
  ['ppt', 'pp'],
  ['ppts', 'pp'],
  ['\u2030', 'permille'], // ‰
  ['per mille', 'permille'],
  ['per mil', 'permille'],
  ['permille', 'permille'],
  ['\u2031', 'bp'], // ‱, per ten thousand
  ['basis points', 'bp'],
  ['basis point', 'bp'],
  ['bp', 'bp'],
  ['bps', 'bp'],
]);
