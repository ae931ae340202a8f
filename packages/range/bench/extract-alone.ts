/**
 * `extractRanges` throughput measured in a process of its own, which `bench/parse.ts`
 * starts. There the same figures are also taken in its own process, which holds both peers'
 * code and data and has already run `parseRange`: both change how the engine compiles and
 * collects, and a user's process need hold neither. Prints JSON:
 * `{ "large": MB/s, "chunks": MB/s }`.
 *
 *   npx tsx bench/extract-alone.ts
 */
import { extractRanges } from '../src/parse/extract-ranges';
import { chunkMb, chunks, large, mb } from './bench-text';
import { time } from './timing';

const tLarge = time(() => extractRanges(large), 1000, 3);
const tChunks = time(
  () => {
    for (const c of chunks) extractRanges(c);
  },
  500,
  3,
);
console.log(
  JSON.stringify({ large: mb(large) / (tLarge / 1000), chunks: chunkMb / (tChunks / 1000) }),
);
