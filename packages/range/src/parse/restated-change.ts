import { negate } from './bounds';
import type { Reading } from './reading';
import type { TokenStream } from './token-stream';

/**
 * A figure that restates the change just before it in other terms: "shrank by roughly
 * 10,000, or 2%", "cut 1,200 jobs, or about 8% of its workforce", "fell $2bn (5%)". It is the
 * same change, so it takes the change's direction: read alone, "2%" was a level, and a fall
 * came out as a rise. Only ", or" or a parenthesis joins them, and a figure with a sign of its
 * own is left as written.
 *
 * @param change - the reading before, a change
 * @param reading - the reading after it
 * @param stream - the tokens
 * @returns the reading as the change's restatement, or undefined when it is none
 */
export function restatedChange(
  change: Reading,
  reading: Reading,
  stream: TokenStream,
): Reading | undefined {
  if (change.change === undefined || reading.change !== undefined) return undefined;
  if (reading.low < 0 || reading.revision !== undefined) return undefined;
  const or = stream.at(change.next).text === ',' && stream.at(change.next + 1).lower === 'or';
  const opened = stream.at(change.next).text === '(' && stream.at(reading.next).text === ')';
  const at = or ? change.next + 2 : opened ? change.next + 1 : -1;
  if (reading.first !== at) return undefined;
  const bounds = change.change === 'fall' ? negate(reading) : reading;
  return { ...reading, ...bounds, change: change.change };
}
