import { type Unit, unit } from '@reckon/range';

/** The dimension every pure ratio (`1`, `%`, `bp`) shares; read once, on first use. */
let ratio: string | undefined;
const ratioDimension = (): string => {
  ratio ??= unit('1').dimension;
  return ratio;
};

/**
 * A pure ratio (`1`, `%`, `permille`, `bp`): what a share is measured in.
 *
 * @param u - a unit
 * @returns true for a dimensionless unit
 */
export const isRatio = (u: Unit): boolean => u.dimension === ratioDimension();

/**
 * Money or counts, possibly per time (`USD/year`, `people`, `victims/year`): quantities that add
 * up across places, so a country's figure is a part of its region's. Ratios and per-head
 * figures (`%`, `USD/person`) do not add up, and a country's may well exceed its region's.
 *
 * @param u - a unit
 * @returns true when figures in `u` for the parts of a place sum to the figure for the place
 */
export function isAdditive(u: Unit): boolean {
  let extensive = 0;
  for (const atom of u.atoms) {
    if (atom.kind === 'currency' || atom.kind === 'count') {
      if (atom.power !== 1) return false;
      extensive++;
    }
  }
  return extensive === 1;
}

/**
 * Money, possibly per time (`USD`, `USD/year`): what a per-head figure divides.
 *
 * @param u - a unit
 * @returns true for one currency to the first power and no count nouns
 */
export const isMoney = (u: Unit): boolean =>
  isAdditive(u) && u.atoms.some((atom) => atom.kind === 'currency');

/**
 * A count of some noun, possibly per time (`people`, `victims/year`): what a per-head figure
 * divides by.
 *
 * @param u - a unit
 * @returns true for one count noun to the first power and no currency
 */
export const isCount = (u: Unit): boolean =>
  isAdditive(u) && u.atoms.some((atom) => atom.kind === 'count');

/**
 * The count noun of a count unit in the singular, for labels: `people` → `person`.
 *
 * @param u - a count unit
 * @returns the noun, or `unit` when there is none
 */
export function countNoun(u: Unit): string {
  const noun = u.atoms.find((atom) => atom.kind === 'count')?.name;
  if (noun === undefined) return 'unit';
  if (noun === 'people') return 'person';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/**
 * Two units differ only in their currencies or price years (`USD/year` and `KHR/month`), so an
 * exchange rate or a deflator would make them combine.
 *
 * @param a - a unit
 * @param b - another unit
 * @returns true when replacing the currencies would give units of one dimension
 */
export function differOnlyInCurrency(a: Unit, b: Unit): boolean {
  if (a.dimension === b.dimension) return false;
  const shape = (u: Unit) =>
    unit(u.dimension)
      .atoms.map((atom) => `${atom.kind === 'currency' ? '¤' : atom.name}^${atom.power}`)
      .sort()
      .join(' ');
  return shape(a) === shape(b);
}
