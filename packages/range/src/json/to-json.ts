import type { Range } from '../range';
import type { RangeJSON } from './types';

/**
 * The JSON form of a range, with `null` for open bounds and only non-default fields.
 *
 * @param r - the range
 * @returns a new plain object, safe to `JSON.stringify`
 * @throws never
 * @example
 * ```ts
 * rangeToJSON(range(12.5e9, 19e9, 'USD/year'));
 * // => { low: 12.5e9, high: 19e9, unit: 'USD/year' }
 * rangeToJSON(range(350000, Infinity, 'people', { lowInclusive: false, qualifier: 'more-than' }));
 * // => { low: 350000, high: null, unit: 'people', lowInclusive: false, qualifier: 'more-than' }
 * ```
 */
export function rangeToJSON(r: Range): RangeJSON {
  const lowFinite = Number.isFinite(r.low);
  const highFinite = Number.isFinite(r.high);
  const json: RangeJSON = {
    low: lowFinite ? r.low : null,
    high: highFinite ? r.high : null,
    unit: r.unit.text,
  };
  // Open bounds are always exclusive, so only a finite exclusive bound needs saying.
  if (lowFinite && !r.lowInclusive) json.lowInclusive = false;
  if (highFinite && !r.highInclusive) json.highInclusive = false;
  if (r.central !== undefined) json.central = r.central;
  if (r.qualifier !== 'exact') json.qualifier = r.qualifier;
  if (r.meaning.kind !== 'bounds') json.meaning = { ...r.meaning };
  if (r.sigFigs !== undefined) json.sigFigs = r.sigFigs;
  if (r.change !== undefined) json.change = r.change;
  return json;
}
