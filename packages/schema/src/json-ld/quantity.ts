import { rangeFromJSON } from '@reckon/range';
import type { Estimate } from '../estimate';
import { node } from './build';
import type { JsonLdNode } from './types';

/**
 * An estimate's range as schema.org: a `MonetaryAmount` when the unit is money (or money per
 * unit of time: the rate is named in `name`, since MonetaryAmount has no unit property), a
 * `QuantitativeValue` with `unitText` otherwise. Open bounds become a missing `minValue` or
 * `maxValue`; the central value, when given, is `value`. Inclusivity, the qualifier, the
 * meaning (interval, scenarios…) and a price year have no schema.org property and are dropped.
 */
export function quantityNode(estimate: Estimate): JsonLdNode {
  const range = rangeFromJSON(estimate.range);
  const finite = (x: number) => (Number.isFinite(x) ? x : undefined);
  const bounds = {
    minValue: finite(range.low),
    maxValue: finite(range.high),
    value: range.low === range.high ? range.low : range.central,
  };
  const atoms = range.unit.atoms;
  const currency = atoms.filter((atom) => atom.kind === 'currency');
  const rest = atoms.filter((atom) => atom.kind !== 'currency');
  const money =
    currency.length === 1 &&
    currency[0]?.power === 1 &&
    rest.every((atom) => atom.kind === 'time' && atom.power < 0);
  if (money && currency[0]) {
    return node({
      '@type': 'MonetaryAmount',
      currency: currency[0].name,
      ...bounds,
      name: rest.length > 0 ? range.unit.text : undefined,
    });
  }
  return node({ '@type': 'QuantitativeValue', ...bounds, unitText: range.unit.text });
}
