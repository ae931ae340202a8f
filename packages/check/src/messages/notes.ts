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

export const licences = {
  numerator: (share: string, numerator: string, base: string) =>
    `${share} names ${numerator} as its numerator and ${base} as its base`,
  base: (share: string, base: string) => `${base} is the base of ${share}`,
  place: (metric: string, part: string, whole: string) =>
    `one metric (“${metric}”), ${part} inside ${whole}`,
  partOf: (part: string, whole: string, place: string) =>
    `“${part}” is declared part of “${whole}” (metrics[].partOf), both for ${place}`,
  sameSubject: (money: string, count: string, family: string, where: string) =>
    `${money} and ${count} are of one metric family (“${family}”), ${where}`,
  samePlace: 'for the same place',
  countInside: (count: string, money: string) =>
    `the count's place (${count}) inside the amount's (${money})`,
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
  shareOfWhole: (share: string) =>
    `${share} is a share of a whole, so only its values above 0 and up to 100% are used.`,
  lowEndsGive: (base: string) =>
    `The low ends, paired the same way, give ${base}; if that differs, the source did not use one base.`,
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
  declaredPart: (part: string, whole: string) =>
    `Assumes ${whole} includes ${part}, as the dossier's metrics declare (partOf).`,
  baseFromDossier: (base: string) => `The base is ${base}, an estimate in this dossier.`,
  rateUsed: (name: string, rate: string) =>
    `${name} was converted at ${rate}, a rate supplied by the caller; its uncertainty widens the result.`,
  onlyUpperBound: (count: string) =>
    `${count} has no upper bound, so the result has only an upper bound.`,
  upperBoundForNarrower: (place: string) =>
    `Since the wider place's amount includes the narrower one's, the result bounds the amount per head in ${place} from above.`,
  onlyUpperBoundForNarrower:
    "Only an upper bound follows: the narrower place's own amount may be anything above 0 up to the wider place's.",
  cappedAtWhole: (part: string) =>
    `${part} is a part of its whole, so the result is capped at 100%.`,
  differs: (words: string) => `Mixes scopes: ${words}.`,
  differsInPeriod: (words: string) => `Mixes periods: ${words}.`,
};
