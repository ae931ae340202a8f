/**
 * The words of findings, one builder per code, kept in one module so they stay consistent.
 * Every message names the estimates in words (metric, place, range, source), not only by id.
 */

const periodCaveat = (unknown: boolean): string =>
  unknown ? ' (not all of them state their period, so they may cover different times)' : '';

export const findingMessages = {
  partExceedsWhole: (part: string, whole: string, partPlace: string, wholePlace: string) =>
    `${part} is certainly greater than ${whole}, though ${partPlace} lies within ${wholePlace}: a part cannot exceed its whole. One figure is wrong, or they do not measure the same thing.`,
  partMetricExceedsWhole: (part: string, whole: string, partKey: string, wholeKey: string) =>
    `${part} is certainly greater than ${whole}, though “${partKey}” is declared part of “${wholeKey}”: a subset cannot exceed its whole. One figure is wrong, or the metrics are not nested as declared.`,
  partsExceedWhole: (parts: string, whole: string, wholePlace: string) =>
    `${parts} together are certainly greater than ${whole}: places inside ${wholePlace} cannot add up to more than it. One of the figures is wrong, or they do not measure the same thing.`,
  estimatesDisagree: (
    higher: string,
    lower: string,
    by: string,
    others: number,
    periodUnknown: boolean,
    level: number | undefined,
  ) =>
    `${higher} is ${level === undefined ? 'certainly greater' : `greater, at the ${Math.round(level * 1000) / 10}% level its interval states,`} than ${lower}, by at least ${by}, each read at the precision it was given: estimates of one metric and place that do not overlap${periodCaveat(periodUnknown)}${others > 0 ? `; ${others} other estimate${others === 1 ? '' : 's'} of them also fall${others === 1 ? 's' : ''} outside another's range` : ''}. The disagreement is often the story: say which is right, or why they differ.`,
  estimatesNest: (inner: string, innerCount: number, outer: string, periodUnknown: boolean) =>
    `${inner} ${innerCount === 1 ? 'lies' : 'lie'} within ${outer}${periodCaveat(periodUnknown)}: the narrower may refine the wider, or rest on it.`,
  estimatesRevised: (metric: string, place: string, history: string) =>
    `${metric} for ${place} was revised: ${history}. A revision is the figure's history, not a disagreement; the latest is current.`,
  shareAboveHundred: (share: string, base: string, certain: boolean) =>
    certain
      ? `${share} is above 100% throughout: a part of ${base} cannot exceed all of it. If the figure is a ratio that may exceed its base rather than a part of it, say so in its metric.`
      : `${share} reaches above 100%: its upper part cannot be a part of ${base}. If the figure is a ratio that may exceed its base rather than a part of it, say so in its metric.`,
  shareNotPositive: (share: string, numerator: string) =>
    `${share} has no value above 0, but it is a share of a positive base by ${numerator}, which is positive: the share must be positive.`,
  shareImpossible: (share: string, numerator: string, base: string, computed: string) =>
    `${share} cannot follow from its numerator and base: ${numerator} divided by ${base} gives ${computed}, which does not overlap it. The share, the numerator or the base is wrong, or they cover different things.`,
  scopeMismatch: (label: string, a: string, b: string, tail: string) =>
    `A derived figure mixes places: ${label}. It combines ${a}, with ${b}. It is computed all the same${tail}`,
  periodMismatch: (label: string, a: string, b: string) =>
    `A derived figure mixes periods: ${label}. It combines ${a}, with ${b}. It is computed all the same; growth or decline between the periods is not accounted for.`,
  unitIncompatible: (a: string, b: string, why: string, unitA: string, unitB: string) =>
    `${a} and ${b} ${why}, but are in units that measure different things (${unitA} and ${unitB}): they cannot be compared or combined. Correct a unit, or, if they measure different things, give them different keys or links.`,
  currencyWithoutRate: (
    a: string,
    b: string,
    why: string,
    unitA: string,
    unitB: string,
    rate: string,
  ) =>
    `${a} and ${b} ${why}, but are in different currencies or price years (${unitA} and ${unitB}) and no rate was given, so they were neither compared nor combined. Pass a rate in ${rate} to compare them.`,
  counterMismatch: (response: string, counter: string, targets: string) =>
    `${response} gives ${counter}, set against ${targets}: it measures something else, so it neither confirms nor refutes it. Compare like with like, or say why they differ.`,
  counterAnswersNothing: (response: string, counter: string) =>
    `${response} gives ${counter}, but no estimate the response targets is of its metric, place and period, so it answers none of them. Name the estimate it disputes in the response's targets.`,
  counterDisagrees: (
    response: string,
    counter: string,
    target: string,
    direction: 'higher' | 'lower',
  ) =>
    `${response} gives ${counter}, which does not overlap ${target}: the response's figure is certainly ${direction}.`,
};

/** The end of a scope-mismatch message for a per-head figure over a narrower count. */
export const upperBoundTail = (place: string): string =>
  `; since the wider place's amount includes the narrower one's, it bounds the amount per head in ${place} from above.`;

/** The end of any other scope-mismatch message. */
export const plainTail = '; it is not a figure for either place alone.';
