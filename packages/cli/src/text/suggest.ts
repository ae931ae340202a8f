/**
 * The candidate closest to a mistyped word, for "did you mean …?": the one at the smallest
 * edit distance, if that distance is at most 2 and less than half the word's length (so
 * "x" suggests nothing).
 *
 * @param word - what the user typed
 * @param candidates - the words that would be right
 * @returns the closest candidate, or `undefined` when none is close
 * @throws never
 * @example
 * ```ts
 * suggest('rendr', ['validate', 'render', 'check']); // => 'render'
 * suggest('deploy', ['validate', 'render', 'check']); // => undefined
 * ```
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.ceil(word.length / 2) - 1);
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    // The first candidate at the smallest distance wins, so ties keep the caller's order.
    if (d < bestDistance || (best === undefined && d === bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with one row of memory. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
