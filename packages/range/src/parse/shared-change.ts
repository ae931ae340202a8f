import { isYearToken } from './amount';
import { negate } from './bounds';
import { MONTHS } from './lexicon/dates';
import type { Reading } from './reading';
import type { Token } from './token';
import type { TokenStream } from './token-stream';

/** At most this many tokens of time between a change and the "and" after it. */
const MAX_GAP = 8;

/**
 * Words of the time a change is measured over, which may stand between a change and the
 * figure that shares it: "in 2022", "in May", "last year", "m/m", "year-on-year", "q/q".
 */
const TIME_OF_A_CHANGE: ReadonlySet<string> = new Set(
  (
    'in on for during over by at the last this next year years month months quarter ' +
    'quarters half first second third fourth q1 q2 q3 q4 h1 h2 fy m y q mom yoy qoq / -'
  ).split(' '),
);

/** Verbs after a figure that make it the subject of a clause of its own. */
const SUBJECT_OF: ReadonlySet<string> = new Set(
  'is was are were will would had has have remained came went'.split(' '),
);

/**
 * A second figure that shares the verb of the change before it: "contracted 7.8% in 2022 and
 * 2.3% in 2023", "rose 0.3% m/m and 3.2% y/y", "fell 3% and 5%, respectively". It is a change
 * in the same direction: read alone, the second was a level, and a fall came out as a rise.
 * Only "and" joins them, with nothing but words of time between; both figures are in the same
 * unit (a ratio or a currency), and the second has no sign, no change word and no base of its
 * own ("rose 3% and 40% of households said" is a share), and is no verb's subject ("and 5%
 * was the target").
 *
 * @param change - the reading before, a change
 * @param reading - the reading after it
 * @param stream - the tokens
 * @returns the reading as a change in the same direction, or undefined when it is none
 */
export function sharedChange(
  change: Reading,
  reading: Reading,
  stream: TokenStream,
): Reading | undefined {
  if (change.change === undefined || reading.change !== undefined) return undefined;
  if (reading.low < 0 || reading.revision !== undefined || reading.base !== undefined) {
    return undefined;
  }
  if (change.currency === undefined && change.ratio === undefined) return undefined;
  if (reading.currency !== change.currency || reading.ratio !== change.ratio) return undefined;
  if (reading.noun !== change.noun) return undefined;
  const and = reading.first - 1;
  if (stream.at(and).lower !== 'and' || and - change.next > MAX_GAP) return undefined;
  for (let i = change.next; i < and; i++) {
    if (!isTimeOfAChange(stream.at(i))) return undefined;
  }
  // "rose 3% last year and 5% was the target": a figure before a verb is its subject.
  if (SUBJECT_OF.has(stream.at(reading.next).lower)) return undefined;
  const bounds = change.change === 'fall' ? negate(reading) : reading;
  return { ...reading, ...bounds, change: change.change };
}

function isTimeOfAChange(token: Token): boolean {
  return TIME_OF_A_CHANGE.has(token.lower) || MONTHS.has(token.lower) || isYearToken(token);
}
