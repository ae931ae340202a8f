/**
 * A count with its noun: `1 report`, `4 estimates`, `0 problems`.
 *
 * @param count - how many
 * @param one - the noun for one
 * @param many - the noun for any other count; default `one` + `s`
 * @returns the count and noun
 * @throws never
 * @example
 * ```ts
 * plural(1, 'response'); // => '1 response'
 * plural(2, 'entity', 'entities'); // => '2 entities'
 * ```
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
