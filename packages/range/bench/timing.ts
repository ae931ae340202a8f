import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection before each timed round, so one round does not pay for the
// garbage of the one before (which makes large inputs look slower than they are).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Best time of `rounds` rounds, each repeating `work` for at least `minMs`, after one
 * warm-up call; per call, in ms.
 *
 * @example
 * const ms = time(() => extractRanges(text), 500, 3);
 */
export function time(work: () => void, minMs = 300, rounds = 5): number {
  work(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    collectGarbage();
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      work();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}
