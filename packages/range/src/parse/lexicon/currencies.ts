import { isCurrency } from '../../unit/atoms';
import { CURRENCY_NAME_ENTRIES } from './currency-names';
import { buildTrie, type TrieEntry } from './trie';

/**
 * What a currency sign or word names: an ISO 4217 code, or `$` for a bare dollar sign or
 * "dollars", whose currency the caller's `dollar` option decides (USD unless told).
 */
export type CurrencyRef = string;

/** The bare dollar: resolved through the `dollar` option. */
export const BARE_DOLLAR = '$';

/**
 * "rupees" without a country: INR, or the caller's `currencyHint` when that is another
 * rupee (PKR, LKR, NPR...). Resolved by the grammar, like the `Rs` prefix.
 */
export const RUPEE = 'Rs';

const signs: readonly (readonly [string, string])[] = [
  ['\u20ac', 'EUR'], // €
  ['\u00a3', 'GBP'], // £
  ['\u00a5', 'JPY'], // ¥
  ['\u20b9', 'INR'], // ₹
  ['\u20a9', 'KRW'], // ₩
  ['\u20aa', 'ILS'], // ₪
  ['\u20ab', 'VND'], // ₫
  ['\u20b1', 'PHP'], // ₱
  ['\u20a6', 'NGN'], // ₦
  ['\u20b4', 'UAH'], // ₴
  ['\u20ba', 'TRY'], // ₺
  ['\u20bd', 'RUB'], // ₽
  ['\u0e3f', 'THB'], // ฿
  ['\u17db', 'KHR'], // ៛
  ['\u20ad', 'LAK'], // ₭
  ['\u20a1', 'CRC'], // ₡
  ['\u20be', 'GEL'], // ₾
  ['\u20b2', 'PYG'], // ₲
  ['\u20ae', 'MNT'], // ₮
  ['\u20b8', 'KZT'], // ₸
  ['\u20bc', 'AZN'], // ₼
  ['\u20b5', 'GHS'], // ₵
  ['\u5143', 'CNY'], // 元
  ['\u5186', 'JPY'], // 円
  ['\u09f3', 'BDT'], // ৳
  ['$', BARE_DOLLAR],
];

/**
 * Signs and codes written before the amount. The dollar prefixes that `Intl.NumberFormat`
 * writes in English (`A$`, `CA$`, `HK$`, `CN¥`...) are all here, so formatted text reads
 * back. One-letter prefixes must touch the sign (`A$5`), or "a $5 fee" would be Australian.
 */
const prefixEntries: readonly TrieEntry<CurrencyRef>[] = [
  ...signs.map(([sign, code]): TrieEntry<CurrencyRef> => [sign, code]),
  ['us$', 'USD'],
  ['u.s.$', 'USD'],
  ['u.s. $', 'USD'],
  ['u.s $', 'USD'],
  ['a$', 'AUD', { tight: true }],
  ['au$', 'AUD'],
  ['c$', 'CAD'],
  ['c $', 'CAD'],
  ['ca$', 'CAD'],
  ['can$', 'CAD'],
  ['hk$', 'HKD'],
  ['nz$', 'NZD'],
  ['s$', 'SGD', { tight: true }],
  ['nt$', 'TWD'],
  ['mx$', 'MXN'],
  ['ec$', 'XCD'],
  ['r$', 'BRL', { tight: true }],
  ['cn\u00a5', 'CNY'],
  ['rmb', 'CNY'],
  // Archives that lost the pound sign write the word before the amount: "pounds 4 million".
  ['pounds', 'GBP'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['jpy', 'JPY'],
  ['cny', 'CNY'],
  ['khr', 'KHR'],
  ['thb', 'THB'],
  ['inr', 'INR'],
];

/**
 * Words and signs written after the amount: "50 billion dollars", "10 €", and every name in
 * `currency-names.ts` ("200 billion Egyptian pounds", "5 million kronor").
 */
const suffixEntries: readonly TrieEntry<CurrencyRef>[] = [
  ...signs.map(([sign, code]): TrieEntry<CurrencyRef> => [sign, code]),
  ['dollar', BARE_DOLLAR],
  ['dollars', BARE_DOLLAR],
  ['us dollar', 'USD'],
  ['us dollars', 'USD'],
  ['u.s. dollars', 'USD'],
  ['american dollars', 'USD'],
  ['australian dollars', 'AUD'],
  ['canadian dollars', 'CAD'],
  ['hong kong dollars', 'HKD'],
  ['singapore dollars', 'SGD'],
  ['new zealand dollars', 'NZD'],
  ['taiwan dollars', 'TWD'],
  ['new taiwan dollars', 'TWD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['british pounds', 'GBP'],
  ['yen', 'JPY'],
  ['japanese yen', 'JPY'],
  ['yuan', 'CNY'],
  ['chinese yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['rupee', RUPEE],
  ['rupees', RUPEE],
  ['roubles', 'RUB'],
  ['rubles', 'RUB'],
  ...CURRENCY_NAME_ENTRIES,
];

/**
 * Hundredths written after the amount: "50 cents" is 0.5 of the bare dollar's currency,
 * "197 pence" is 1.97 GBP.
 */
export const SUBUNITS = buildTrie<CurrencyRef>([
  ['cent', BARE_DOLLAR],
  ['cents', BARE_DOLLAR],
  // Cents that name their dollar ("66 US cents", "80 euro cents").
  ...['cent', 'cents'].flatMap((cents): [string, CurrencyRef][] => [
    [`us ${cents}`, 'USD'],
    [`euro ${cents}`, 'EUR'],
    [`australian ${cents}`, 'AUD'],
    [`canadian ${cents}`, 'CAD'],
    [`singapore ${cents}`, 'SGD'],
    [`hong kong ${cents}`, 'HKD'],
  ]),
  ['penny', 'GBP'],
  ['pence', 'GBP'],
  // A hundredth of a rupee, read as the rupee is ("hiked by 80 paise a litre").
  ['paisa', RUPEE],
  ['paise', RUPEE],
]);

/** Currencies written before the amount. */
export const CURRENCY_PREFIX = buildTrie(prefixEntries);

/**
 * The currencies whose sign is a dollar sign (`US$`, `S$`, `MX$`...): after such a code, a
 * bare `$` names the same money again ("USD $57.4 billion").
 */
export const DOLLAR_SIGN_CODES: ReadonlySet<string> = new Set(
  prefixEntries.filter(([text]) => text.includes('$')).map(([, code]) => code),
);

/** Currencies written after the amount (and its scale). */
export const CURRENCY_SUFFIX = buildTrie(suffixEntries);

/**
 * Upper-case three-letter words that are ISO 4217 codes but, in running English capitals,
 * are more often the word: "ALL 5 members", "TOP 10". They count as codes only when a
 * no-break space ties them to the number, as `Intl.NumberFormat` writes them ("ALL\u00a05").
 */
const CODE_LOOKALIKES = new Set(['ALL', 'TOP', 'CUP', 'SOS', 'PEN', 'BOB', 'MOP', 'TRY', 'AMD']);

/**
 * Whether a word is written as an ISO 4217 code this runtime knows (`USD`, `KHR`): three
 * upper-case letters in `Intl.supportedValuesOf('currency')`, less the look-alikes above.
 *
 * @param text - the word as written
 * @returns whether it names a currency
 */
export function isIsoCode(text: string): boolean {
  return isKnownCode(text) && !CODE_LOOKALIKES.has(text);
}

/**
 * Whether a word is any ISO 4217 code this runtime knows, look-alikes included.
 *
 * @param text - the word as written
 * @returns whether it is a known code
 */
export function isKnownCode(text: string): boolean {
  if (text.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return isCurrency(text);
}
