import { type Range, rangeToJSON } from '@reckon/range';

/** A number as `JSON.stringify` writes it: `null` unless finite. */
const jsonNumber = (x: number | null): string =>
  x !== null && Number.isFinite(x) ? String(x) : 'null';

/**
 * The text `JSON.stringify(rangeToJSON(range))` gives, written field by field. `extract
 * --jsonl` writes one per hit, and `JSON.stringify`'s walk over a plain object of a few
 * fields took about twice as long as this.
 *
 * @param range - a range
 * @returns its JSON text, the same characters as `JSON.stringify(rangeToJSON(range))`
 * @example
 * ```ts
 * rangeJsonText(point(3000, 'people')); // => '{"low":3000,"high":3000,"unit":"people"}'
 * ```
 */
export function rangeJsonText(range: Range): string {
  const json = rangeToJSON(range);
  let text = `{"low":${jsonNumber(json.low)},"high":${jsonNumber(json.high)},"unit":${JSON.stringify(json.unit)}`;
  if (json.lowInclusive !== undefined) text += `,"lowInclusive":${json.lowInclusive}`;
  if (json.highInclusive !== undefined) text += `,"highInclusive":${json.highInclusive}`;
  if (json.central !== undefined) text += `,"central":${jsonNumber(json.central)}`;
  if (json.qualifier !== undefined) text += `,"qualifier":${JSON.stringify(json.qualifier)}`;
  if (json.meaning !== undefined) text += `,"meaning":${JSON.stringify(json.meaning)}`;
  if (json.sigFigs !== undefined) text += `,"sigFigs":${jsonNumber(json.sigFigs)}`;
  if (json.change !== undefined) text += `,"change":${JSON.stringify(json.change)}`;
  return `${text}}`;
}
