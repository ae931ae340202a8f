/** Edit distance between two short strings (Levenshtein), stopping early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The allowed key an unknown key was probably meant to be (`titel` → `title`,
 * `authorId` → `authorIds`), or undefined when none is close.
 *
 * @param key - the unknown key
 * @param allowed - the keys the object accepts
 * @returns the closest allowed key within two edits, ignoring case
 */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 64) return undefined; // no real key is that long; do not compare garbage
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase(), 2);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
