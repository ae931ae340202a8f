import { CURRENCY_PREFIX } from '../parse/lexicon/currencies';
import { matchLongest } from '../parse/lexicon/trie';
import { TokenStream } from '../parse/token-stream';

/** A currency sign and where it goes: `$` before, `KHR ` before, ` €` after (in `de`). */
export interface CurrencyAffix {
  readonly text: string;
  readonly before: boolean;
}

const cache = new Map<string, CurrencyAffix>();

/**
 * The sign the locale writes for a currency, with the space it puts between sign and
 * number. In English the sign must also read back (`$`, `A$`, `CN¥`); where the parser
 * would not recognise it (`FCFA`), the ISO code is written instead.
 *
 * @param locale - a canonical locale
 * @param english - whether the locale is English
 * @param code - ISO 4217 code
 * @returns the affix
 */
export function currencyAffix(locale: string, english: boolean, code: string): CurrencyAffix {
  const key = `${locale}|${code}`;
  const known = cache.get(key);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: code }).formatToParts(
    1,
  );
  const at = parts.findIndex((p) => p.type === 'currency');
  const number = parts.findIndex((p) => p.type === 'integer');
  const before = at < number;
  const gap = before ? parts[at + 1] : parts[at - 1];
  const space = gap?.type === 'literal' ? gap.value : '';
  let symbol = parts[at]?.value ?? code;
  if (english && !readsBackAs(symbol, code)) symbol = code;
  const affix: CurrencyAffix = {
    text: before ? symbol + (symbol === code ? space || '\u00a0' : space) : space + symbol,
    before,
  };
  cache.set(key, affix);
  return affix;
}

/** Whether the parser reads `symbol` (alone) as `code`; `$` is the default dollar. */
function readsBackAs(symbol: string, code: string): boolean {
  if (symbol === code) return true;
  const stream = new TokenStream(symbol);
  const match = matchLongest(stream, 0, CURRENCY_PREFIX);
  if (!match || stream.at(match.length).kind !== 'end') return false;
  return match.value === code || (match.value === '$' && code === 'USD');
}
