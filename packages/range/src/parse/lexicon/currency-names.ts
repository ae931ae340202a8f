import type { TrieEntry } from './trie';

/**
 * Currencies named in words after an amount ("200 billion Egyptian pounds", "5 million
 * Swedish kronor", "3 billion reais"), beyond those `currencies.ts` lists by hand. Each row
 * gives names, then the currencies that go by them: an ISO 4217 code and the adjectives of
 * its country (`|` between two adjectives, `_` for a space in one).
 *
 * Source: the English names in CLDR, the data behind `Intl.NumberFormat`'s
 * `currencyDisplay: 'name'` (`Swedish kronor`, `Kuwaiti dinars`), with the forms English
 * newsrooms write beside them (`reais`, `naira`, `kwacha`, `crowns` for the Nordic and Czech
 * currencies, `rials` and `riyals` for the same money). A name shared by several currencies
 * (`dinars`, `francs`, `shillings`) names none of them alone; names that are ordinary English
 * words after a number, or were also the names of major currencies now gone (`marks`,
 * `escudos`, `florins`), are read only with their country.
 */
const NAMES: readonly string[] = [
  'peso pesos: ARS=argentine|argentinian CLP=chilean COP=colombian CUP=cuban DOP=dominican MXN=mexican PHP=philippine|filipino UYU=uruguayan',
  'dinar dinars: BHD=bahraini DZD=algerian IQD=iraqi JOD=jordanian KWD=kuwaiti LYD=libyan RSD=serbian TND=tunisian',
  'franc francs: BIF=burundian|burundi CDF=congolese CHF=swiss DJF=djiboutian GNF=guinean KMF=comorian RWF=rwandan XAF=cfa|central_african_cfa XOF=cfa|west_african_cfa XPF=cfp',
  'shilling shillings: KES=kenyan|kenya SOS=somali TZS=tanzanian|tanzania UGX=ugandan|uganda',
  'rial rials riyal riyals: IRR=iranian OMR=omani YER=yemeni QAR=qatari SAR=saudi',
  'dirham dirhams: AED=uae|emirati|emirates MAD=moroccan',
  'krone kroner crown crowns: DKK=danish NOK=norwegian',
  'krona kronor crown crowns: SEK=swedish',
  'krona kronur crown crowns: ISK=icelandic',
  'koruna korunas crown crowns: CZK=czech',
  'lira liras: TRY=turkish LBP=lebanese SYP=syrian',
  'leu lei: RON=romanian MDL=moldovan',
  'som soms: KGS=kyrgyz|kyrgyzstani',
  'som soms sum: UZS=uzbek|uzbekistani',
  'manat manats: AZN=azerbaijani TMT=turkmen|turkmenistani',
  'kwacha kwachas: MWK=malawian ZMW=zambian',
  'colón colon colones colóns: CRC=costa_rican SVC=salvadoran',
  'guilder guilders: ANG=netherlands_antillean XCG=caribbean',
  'pound pounds: EGP=egyptian SDG=sudanese SSP=south_sudanese',
  'reais reals: BRL=brazilian',
  'zloty zlotys zlotych: PLN=polish',
  'forint forints: HUF=hungarian',
  'lev leva levs: BGN=bulgarian',
  'tenge tenges: KZT=kazakh|kazakhstani',
  'dram drams: AMD=armenian',
  'lari laris: GEL=georgian',
  'afghani afghanis: AFN=afghan',
  'tugrik tugriks: MNT=mongolian',
  'somoni somonis: TJS=tajik|tajikistani',
  'pula pulas: BWP=botswana|botswanan',
  'ouguiya ouguiyas: MRU=mauritanian',
  'kwanza kwanzas: AOA=angolan',
  'metical meticais meticals: MZN=mozambican',
  'ariary: MGA=malagasy',
  'dalasi dalasis: GMD=gambian',
  'leone leones: SLE=sierra_leonean',
  'nakfa nakfas: ERN=eritrean',
  'loti maloti: LSL=lesotho',
  'lilangeni emalangeni: SZL=swazi|eswatini',
  'lempira lempiras: HNL=honduran',
  'quetzal quetzales quetzals: GTQ=guatemalan',
  'córdoba córdobas cordobas: NIO=nicaraguan',
  'balboa balboas: PAB=panamanian',
  'boliviano bolivianos: BOB=bolivian',
  'bolívar bolivar bolívares bolivares bolívars bolivars: VES=venezuelan',
  'guaraní guarani guaraníes guaranis: PYG=paraguayan',
  'soles: PEN=peruvian',
  'gourde gourdes: HTG=haitian',
  'denar denars denari: MKD=macedonian|north_macedonian',
  'ngultrum ngultrums: BTN=bhutanese',
  'rufiyaa: MVR=maldivian',
  'kina: PGK=papua_new_guinean|png',
  'vatu: VUV=vanuatu',
  'tala: WST=samoan',
  'pataca patacas: MOP=macanese|macau',
  'dobra dobras: STN=são_tomé|sao_tome',
  'escudo escudos: CVE=cape_verdean',
  'florin florins: AWG=aruban',
  'mark marks: BAM=bosnian|convertible',
  'hryvnia hryvnias hryvnya: UAH=ukrainian',
  'shekel shekels: ILS=israeli|new_israeli',
  'naira nairas: NGN=nigerian',
  'cedi cedis: GHS=ghanaian',
  'birr birrs: ETB=ethiopian',
  'rand: ZAR=south_african',
  'taka takas: BDT=bangladeshi',
  'ringgit ringgits: MYR=malaysian',
  'rupiah rupiahs: IDR=indonesian',
  'kyat kyats: MMK=myanmar|burmese',
  'kip kips: LAK=lao|laotian',
  'dong: VND=vietnamese',
  'riel riels: KHR=cambodian',
  'baht: THB=thai',
  'won: KRW=south_korean|korean KPW=north_korean',
  'rouble roubles ruble rubles: RUB=russian BYN=belarusian',
  'rupee rupees: INR=indian PKR=pakistani LKR=sri_lankan NPR=nepalese|nepali MUR=mauritian SCR=seychellois',
];

/**
 * Names read only with their country: words a number is often followed by in English ("80
 * marks", "2 drams of whisky"), names of currencies now gone as well as of today's ("escudos",
 * "florins"), and names `currencies.ts` reads its own way ("pounds" is sterling, "rupees" the
 * Indian rupee unless told, "rubles" the Russian, "won" the South Korean after a scale).
 */
const ONLY_WITH_COUNTRY: ReadonlySet<string> = new Set(
  (
    'mark marks escudo escudos florin florins pound pounds rupee rupees won rouble roubles ' +
    'ruble rubles colon sum lev dram drams'
  ).split(' '),
);

/** The prefix of a name that several currencies share: it names none of them alone. */
const SEVERAL_PREFIX = 'several:';

/** The currencies a name may mean: the name as written in the table, and their codes. */
export interface SeveralCurrencies {
  readonly name: string;
  readonly codes: readonly string[];
}

function codesByName(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const add = (name: string, code: string) => {
    const codes = byName.get(name) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byName.set(name, codes);
  };
  for (const row of NAMES) {
    const [names = '', currencies = ''] = row.split(': ');
    for (const currency of currencies.split(' ')) {
      const [code = '', countries = ''] = currency.split('=');
      for (const name of names.split(' ')) {
        if (!ONLY_WITH_COUNTRY.has(name)) add(name, code);
        for (const country of countries.split('|')) {
          add(`${country.replaceAll('_', ' ')} ${name}`, code);
        }
      }
    }
  }
  for (const codes of byName.values()) codes.sort();
  return byName;
}

const BY_NAME = codesByName();

/**
 * The table's names as trie entries: a name with one currency gives its code; a name with
 * several gives a reference that {@link severalCurrencies} resolves.
 */
export const CURRENCY_NAME_ENTRIES: readonly TrieEntry<string>[] = [...BY_NAME].map(
  ([name, codes]): TrieEntry<string> =>
    codes.length === 1 ? [name, codes[0] as string] : [name, `${SEVERAL_PREFIX}${name}`],
);

/**
 * The currencies a name shared by several names ("dinars", "cfa francs"), or undefined for
 * any other currency reference.
 *
 * @param ref - what a currency word was read as
 * @returns the name and its codes, in alphabetical order
 * @example
 * severalCurrencies('several:kroner'); // => { name: 'kroner', codes: ['DKK', 'NOK'] }
 */
export function severalCurrencies(ref: string): SeveralCurrencies | undefined {
  if (!ref.startsWith(SEVERAL_PREFIX)) return undefined;
  const name = ref.slice(SEVERAL_PREFIX.length);
  const codes = BY_NAME.get(name);
  return codes === undefined ? undefined : { name, codes };
}
