import { CHANGES } from './lexicon/changes';
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, isKnownCode } from './lexicon/currencies';
import { LOCAL_PREFIX_STARTERS } from './lexicon/local-currencies';
import { TENS, UNITS } from './lexicon/number-words';
import { COMPARATIVE_BEFORE } from './lexicon/qualifiers';
import { VAGUE } from './lexicon/vague';
import type { Token } from './token';

/**
 * Every word or sign a phrase can start with. Extraction tries the grammar only at these
 * tokens and numbers, so ordinary prose costs one set lookup per word.
 */
const STARTERS: ReadonlySet<string> = new Set([
  ...COMPARATIVE_BEFORE.next.keys(),
  ...CHANGES.next.keys(),
  ...CURRENCY_PREFIX.next.keys(),
  ...CURRENCY_SUFFIX.next.keys(),
  ...VAGUE.next.keys(),
  ...LOCAL_PREFIX_STARTERS,
  ...UNITS.keys(),
  ...TENS.keys(),
  'a',
  'an',
  'half',
  'between',
  'from',
  'minus',
  'negative',
  '-',
  '\u2212',
  '+',
  // "(-6.0) - (-5.0) percent".
  '(',
]);

/**
 * Whether a phrase could start at this token.
 *
 * @param token - the token
 * @returns false when no grammar rule begins with it
 */
export function canStart(token: Token): boolean {
  switch (token.kind) {
    case 'number':
      return true;
    case 'word':
      return STARTERS.has(token.lower) || isKnownCode(token.text);
    case 'symbol':
      return STARTERS.has(token.lower);
    default:
      return false;
  }
}
