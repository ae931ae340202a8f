/**
 * Joins words as English prose: `a`, `a and b`, `a, b and c`.
 *
 * @param items - the words
 * @returns one phrase
 */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
