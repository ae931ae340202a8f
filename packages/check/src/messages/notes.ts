/**
 * The words of derived figures: labels, operations and notes. Kept in one module so they stay
 * consistent, as @reckon/range keeps its error messages.
 */

/** "the high end of “X” (19 billion USD a year)" and friends. */
export const endOf = (end: 'low' | 'high', name: string, value: string): string =>
  `the ${end} end of ${name} (${value})`;

export const labels = {
  impliedBase: (base: string, numerator: string, share: string) =>
    `${base}, implied by ${numerator} being ${share} of it`,
  pairedBase: (base: string, numeratorEnd: string, shareEnd: string) =>
    `${base}, if ${numeratorEnd} is ${shareEnd} of it`,
  pairedShare: (numerator: string, base: string, numeratorEnd: string, shareEnd: string) =>
    `${numerator} as a share of ${base}, if ${numeratorEnd} is ${shareEnd} of it`,
  shareFromBase: (numerator: string, base: string) => `${numerator} as a share of ${base}`,
  impliedNumerator: (share: string, base: string) =>
    `The amount ${share} implies, applied to ${base}`,
  partOfWhole: (part: string, partPlace: string, whole: string, wholePlace: string) =>
    `${part} for ${partPlace} as a share of ${whole} for ${wholePlace}`,
  perUnit: (money: string, noun: string, count: string) => `${money} per ${noun} of ${count}`,
};

export const operations = {
  div: (a: string, b: string) => `${a} ÷ ${b}`,
  mul: (a: string, b: string) => `${a} × ${b}`,
  positivePart: (name: string) => `the positive part of ${name}`,
  atRate: (name: string, rate: string) => `${name} converted at ${rate}`,
};

export const notes = {
  positiveShare: (share: string) =>
    `${share} has no lower bound above 0; a share of a positive base by a positive amount is positive, so its values above 0 are used.`,
  independentReading:
    'Reads the amount and the share as independent ranges (any amount at any share), the only reading the figures prove.',
  baseOnlyBoundedBelow:
    'The share has no lower bound, so the base has no upper bound: only its lower bound follows, from the lowest amount at the highest share.',
  pairedAssumption: (numeratorEnd: string, shareEnd: string, end: 'low' | 'high') =>
    `Assumes ${shareEnd}, the share's ${end === 'high' ? 'upper' : 'lower'} bound, belongs to ${numeratorEnd}, as "${end === 'high' ? 'as much as' : 'at least'}" in a source's arithmetic usually means; the figures themselves do not say so.`,
  pairedShare:
    "Under the same assumption, the rest of the amount's range gives the rest of the share's.",
  sameQuantity: (part: string, whole: string) =>
    `Assumes ${whole} includes ${part} and measures the same thing, as their shared metric key says.`,
  baseFromDossier: (base: string) => `The base is ${base}, an estimate in this dossier.`,
  rateUsed: (name: string, rate: string) =>
    `${name} was converted at ${rate}, a rate supplied by the caller; its uncertainty widens the result.`,
  onlyUpperBound: (count: string) =>
    `${count} has no upper bound, so the result has only an upper bound.`,
  upperBoundForNarrower: (place: string) =>
    `Since the wider place's amount includes the narrower one's, the result bounds the amount per head in ${place} from above.`,
  differs: (words: string) => `Mixes scopes: ${words}.`,
  differsInPeriod: (words: string) => `Mixes periods: ${words}.`,
};
