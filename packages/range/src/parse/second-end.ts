import type { Quantity } from './quantity';

/**
 * Whether the quantity after "to", a dash or "or" may be a range's other end when nothing
 * before the first ("between", "from") opens the range.
 *
 * - A currency written after the low end only leaves the second number no end of it: in
 *   "hands 10,000 baht to 45 million people", "to" names whom the money goes to. A range
 *   writes such a currency on the high end ("5 to 10 million baht") or on both.
 * - "X or Y" is a range when the two share a unit or scale written once ("2 or 3 million
 *   people", "10 or 20 percent", "$5 or $6 a day"). Otherwise the second restates the first
 *   in other terms: a unit written on the first must be written on the second too ("$5
 *   billion or 3% of GDP"), and both are in digits or both in words ("under the age of five
 *   or 23 percent").
 *
 * @param low - the first quantity
 * @param high - the quantity after the joiner
 * @param or - whether the joiner is "or"
 * @returns whether the two may make a range
 */
export function maySecondEnd(low: Quantity, high: Quantity, or: boolean): boolean {
  const currencyAfter = low.first === low.amount.first;
  if (low.currency !== undefined && high.currency === undefined && currencyAfter) return false;
  if (!or) return true;
  if ((low.amount.digits === undefined) !== (high.amount.digits === undefined)) return false;
  if (low.currency !== undefined && low.currency !== high.currency) return false;
  return low.ratio === undefined || low.ratio === high.ratio;
}
