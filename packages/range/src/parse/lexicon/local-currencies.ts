/**
 * Currency prefixes written the local way in South and Southeast Asian (and some African)
 * English-language text. Each is attested (`LOCAL_PREFIX_SOURCES` says where): CLDR entries were checked
 * with `Intl.NumberFormat(locale, { style: 'currency', currency })`, which prints CLDR's
 * symbol for that locale; press entries name outlets that write the form.
 *
 * A letter that is also an ordinary letter (`P`, `B`, `K`, `R`) is `ambiguous`: it names a
 * currency only before a number with a scale word or thousands separators ("P2.5 billion",
 * "K50,000"), or any number when the caller's `currencyHint` is one of its `codes`. The
 * first code is the one read without a hint.
 */
export interface LocalPrefix {
  /** The prefix exactly as written (case matters: "RM", not "rm"). */
  readonly text: string;
  /** The currencies it can name; the first is read unless `currencyHint` picks another. */
  readonly codes: readonly [string, ...string[]];
  readonly ambiguous: boolean;
  /**
   * Names the money of several countries with none to prefer: read only when the caller's
   * `currencyHint` is one of `codes`, refused otherwise ("Sh" is Kenyan or Tanzanian).
   */
  readonly hintOnly?: true;
}

export const LOCAL_PREFIXES: readonly LocalPrefix[] = [
  { text: 'P', codes: ['PHP', 'BWP'], ambiguous: true },
  { text: 'Php', codes: ['PHP'], ambiguous: false },
  { text: 'RM', codes: ['MYR'], ambiguous: false },
  { text: 'B', codes: ['THB'], ambiguous: true },
  { text: 'Bt', codes: ['THB'], ambiguous: false },
  { text: 'Rp', codes: ['IDR'], ambiguous: false },
  { text: 'K', codes: ['MMK', 'ZMW', 'PGK'], ambiguous: true },
  { text: 'Ks', codes: ['MMK'], ambiguous: false },
  { text: 'Rs', codes: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'], ambiguous: false },
  { text: 'NRs', codes: ['NPR'], ambiguous: false },
  { text: 'SLRs', codes: ['LKR'], ambiguous: false },
  { text: 'Nu', codes: ['BTN'], ambiguous: true },
  { text: 'Rf', codes: ['MVR'], ambiguous: true },
  { text: 'Tk', codes: ['BDT'], ambiguous: false },
  { text: 'KSh', codes: ['KES'], ambiguous: false },
  { text: 'TSh', codes: ['TZS'], ambiguous: false },
  { text: 'USh', codes: ['UGX'], ambiguous: false },
  { text: 'Sh', codes: ['KES', 'TZS', 'UGX'], ambiguous: true, hintOnly: true },
  { text: 'Shs', codes: ['UGX', 'KES', 'TZS'], ambiguous: true, hintOnly: true },
  { text: 'R', codes: ['ZAR', 'INR'], ambiguous: true },
];

/**
 * Where each prefix is attested, by its text: kept beside the table for readers and checked
 * by a test to cover every entry, but in a table of its own, which the parser never reads,
 * so an app's bundle leaves these citations out.
 */
export const LOCAL_PREFIX_SOURCES: Readonly<Record<string, string>> = {
  P: 'Philippine press (BusinessWorld, Philippine Daily Inquirer: "P2.5 billion"); CLDR en-BW writes P for BWP',
  Php: 'Philippine government and press (Department of Budget and Management, PNA: "PhP 200.9 billion", "Php5 billion")',
  RM: 'CLDR ms-MY and en-MY ("RM 3,000.00"); Malaysian press (The Star: "RM40mil")',
  B: 'English-language Thai press and travel copy ("B3,000" for 3,000 baht)',
  Bt: 'The Nation (Thailand) house style ("Bt3.78 trillion")',
  Rp: 'CLDR id-ID and en-ID ("Rp 3.000"); Indonesian press (The Jakarta Post: "Rp 5 trillion")',
  K: 'CLDR my-MM symbol K for MMK; Myanmar press (The Irrawaddy, Myanmar Times: "K50,000"); CLDR en-ZM writes K for ZMW',
  Ks: 'Myanmar state press (The Global New Light of Myanmar: "Ks1,091")',
  Rs: 'Indian press ("Rs 500 crore"); CLDR en-PK writes Rs for PKR, and Sri Lankan and Nepali press use it for LKR and NPR',
  NRs: 'The Himalayan Times (Nepal)',
  SLRs: 'Central Bank of Sri Lanka',
  Nu: 'CLDR dz-BT',
  Rf: 'CLDR en-MV',
  Tk: 'Bangladeshi press (The Daily Star, Dhaka Tribune: "Tk 500 crore")',
  KSh: 'CLDR en-KE',
  TSh: 'CLDR en-TZ',
  USh: 'CLDR en-UG',
  Sh: 'Daily Nation (Kenya), The Citizen (Tanzania)',
  Shs: 'Daily Monitor (Uganda)',
  R: 'CLDR en-ZA ("R 3 000,00"); South African press ("R5 billion"); Indian press before lakh and crore ("R8.4 crore")',
};

const BY_TEXT: ReadonlyMap<string, LocalPrefix> = new Map(
  LOCAL_PREFIXES.map((p) => [p.text.length === 1 ? p.text : p.text.toLowerCase(), p]),
);

/**
 * The local prefix a word is. A one-letter prefix must be written as in the table (upper
 * case); a longer one may be in any case after a capital ("Tk", "TK", "Rp", "RS").
 *
 * @param text - the word as written
 * @returns the entry, or undefined
 */
export function localPrefix(text: string): LocalPrefix | undefined {
  if (text.length === 1) return BY_TEXT.get(text);
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return undefined;
  return BY_TEXT.get(text.toLowerCase());
}

/** Currencies counted in lakh and crore. */
const SOUTH_ASIAN: ReadonlySet<string> = new Set(['INR', 'PKR', 'NPR', 'LKR', 'BDT']);

/**
 * The currency a local prefix names. The caller's hint wins when the prefix can name it;
 * otherwise a lakh or crore after the number picks the prefix's South Asian currency
 * ("R8.4 crore" is rupees); otherwise its first code.
 *
 * @param prefix - the entry
 * @param hint - the `currencyHint` option
 * @param indianScale - whether the amount is written in lakh or crore
 * @returns the code
 */
export function localCode(
  prefix: LocalPrefix,
  hint: string | undefined,
  indianScale = false,
): string {
  if (hint !== undefined && prefix.codes.includes(hint)) return hint;
  if (indianScale) {
    const southAsian = prefix.codes.find((c) => SOUTH_ASIAN.has(c));
    if (southAsian !== undefined) return southAsian;
  }
  return prefix.codes[0];
}

/** The entry for `Rs`, which rupee words ("rupees") follow too. */
export const RUPEE_PREFIX: LocalPrefix = BY_TEXT.get('rs') as LocalPrefix;

/** Lower-cased prefixes, for the table of words a phrase can start with. */
export const LOCAL_PREFIX_STARTERS: readonly string[] = LOCAL_PREFIXES.map((p) =>
  p.text.toLowerCase(),
);
