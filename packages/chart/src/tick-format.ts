import type { Unit } from '@reckon/range';

/**
 * Short tick labels for an axis in `unit`: `$20B` for money, `60%` for percent, `350K`
 * otherwise. The full unit is written once, as the axis caption.
 */
export function tickFormatter(unit: Unit, locale: string): (value: number) => string {
  const currency = unit.atoms.find((atom) => atom.kind === 'currency' && atom.power === 1);
  const format = new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumSignificantDigits: 3,
    ...(currency === undefined ? {} : { style: 'currency', currency: currency.name }),
  });
  const suffix = unit.text === '%' ? '%' : '';
  return (value) => `${format.format(value)}${suffix}`;
}
