import { formatRange, ReckonError, rangeFromJSON } from '@reckon/range';
import { BriefDataError } from '../errors';
import type { ResolvedOptions } from '../options';

/**
 * A range from an estimate's JSON, written by `formatRange` with the brief's locale and style.
 *
 * @param json - the range JSON, as stored in an estimate
 * @param options - the resolved options (`locale`, `rangeStyle`)
 * @param where - where the range is in the data (`reports[0].estimates[1].range`)
 * @returns the range in words, e.g. `$12.5–19 billion a year`
 * @throws {@link BriefDataError} when the JSON is not a valid range, with `rangeFromJSON`'s reason
 * @example
 * ```ts
 * rangeText({ low: null, high: 60, unit: '%', qualifier: 'at-most' }, options, 'range'); // => 'up to 60%'
 * ```
 */
export function rangeText(
  json: unknown,
  options: Pick<ResolvedOptions, 'locale' | 'rangeStyle'>,
  where: string,
): string {
  try {
    return formatRange(rangeFromJSON(json), { locale: options.locale, style: options.rangeStyle });
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    throw new BriefDataError(`cannot write the range at ${where}: ${error.message}`, where);
  }
}
