import type { TokenStream } from './token-stream';

/**
 * Time units a duration is counted in, as the noun reader gives them, the stretches of time
 * counted like them ("£6.7bn over four seasons", "over two decades", "over three terms"), and
 * the parts of a whole that runs in time ("3,500 km over 21 stages", "over 12 instalments").
 */
const DURATIONS: ReadonlySet<string> = new Set([
  ...['year', 'month', 'week', 'day', 'hour', 'season', 'decade', 'quarter', 'term'].flatMap(
    (unit) => [unit, `${unit}s`],
  ),
  ...['semester', 'generation'].flatMap((unit) => [unit, `${unit}s`]),
  // Parts of a whole that runs in time: "3,500 km over 21 stages", "over 12 instalments".
  ...['stage', 'round', 'game', 'session', 'episode', 'leg', 'lap', 'phase', 'tranche'].flatMap(
    (unit) => [unit, `${unit}s`],
  ),
  ...['instalment', 'installment'].flatMap((unit) => [unit, `${unit}s`]),
  'match',
  'matches',
  'century',
  'centuries',
]);

/** Words before "over" and a duration that make it a bound: "for over five years". */
const OVER_AS_MORE_AFTER: ReadonlySet<string> = new Set([
  'for',
  'in',
  'of',
  'aged',
  'after',
  'than',
  'last',
  'lasted',
  'lasting',
  'took',
  'taking',
  'served',
  'spent',
]);

/**
 * Whether "over" and a duration may be a span as well as a bound: "£4.5bn over five years",
 * "rose 20% over five years" spread a figure across the time; "for over five years", "in
 * over 20 years" and "over five years ago" bound it. Only the words around tell them apart.
 *
 * @param stream - the tokens
 * @param at - index of the comparative
 * @param noun - the counted noun after the figure
 * @param next - index after the noun
 */
export function spanOrBound(stream: TokenStream, at: number, noun: string, next: number): boolean {
  if (stream.at(at).lower !== 'over' || !DURATIONS.has(noun)) return false;
  if (OVER_AS_MORE_AFTER.has(stream.at(at - 1).lower)) return false;
  const after = stream.at(next).lower;
  return after !== 'ago' && after !== 'old';
}
