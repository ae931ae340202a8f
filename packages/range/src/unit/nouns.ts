/**
 * Count nouns are singular/plural-insensitive (`person` and `people` are one unit), and the
 * canonical form is the plural (`people`), written in the singular after `/`
 * (`USD/person/year`). This is English morphology for regular nouns plus a small table of
 * irregular ones. What matters is consistency, not grammar: the singular is computed from
 * the plural alone, and pluralizing it gives the same plural back, so a unit's canonical
 * text always reads back as the same unit.
 */

/** Irregular nouns, as `singular:plural` pairs. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'person:people child:children man:men woman:women foot:feet tooth:teeth mouse:mice ' +
    'goose:geese ox:oxen criterion:criteria phenomenon:phenomena datum:data medium:media ' +
    'life:lives wife:wives knife:knives leaf:leaves half:halves shelf:shelves thief:thieves'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Plural forms, so a plural written by the user is recognised as already canonical. */
const IRREGULAR_SINGULARS: ReadonlyMap<string, string> = new Map(
  [...IRREGULAR].map(([singular, plural]) => [plural, singular]),
);

/**
 * Nouns with one form for singular and plural, peoples among them ("500 Swiss", "a million
 * Rohingya"), with the peoples in "-ese" below.
 */
const INVARIANT: ReadonlySet<string> = new Set(
  (
    'sheep fish deer series species news staff police cattle personnel aircraft livestock ' +
    'swiss rohingya khmer hmong inuit'
  ).split(' '),
);

/**
 * Whether a noun has one form for singular and plural: "sheep", "aircraft", "Rohingya", and
 * the peoples in "-ese" ("2 million Chinese", "300,000 Lebanese"), though not "cheese" or
 * "diocese".
 *
 * @param word - a lowercase noun
 * @returns whether its plural is itself
 * @example
 * isInvariantNoun('vietnamese'); // => true
 */
export function isInvariantNoun(word: string): boolean {
  return INVARIANT.has(word) || /[^ce]ese$/.test(word);
}

/** The plural of a singular: `company` -> `companies`, `analysis` -> `analyses`. */
const pluralize = (word: string): string =>
  IRREGULAR.get(word) ??
  (/[^aeiou]y$/.test(word)
    ? `${word.slice(0, -1)}ies`
    : /is$/.test(word) // analysis -> analyses, crisis -> crises
      ? `${word.slice(0, -2)}es`
      : /(?:s|x|z|ch|sh)$/.test(word)
        ? `${word}es`
        : `${word}s`);

/**
 * Whether a word reads as a plural; words ending in `ss` or `us` (`bus`) do not, nor the
 * `-sis` and `-tis` nouns (`analysis`, `hepatitis`). Other `-is` words are plurals of `-i`
 * nouns: `Bangladeshis`, `Nepalis`, `taxis`.
 */
const looksPlural = (word: string): boolean =>
  IRREGULAR_SINGULARS.has(word) || /(?:^|[^isu])s$/.test(word) || /[^st]is$/.test(word);

/**
 * The canonical (plural) form of a count noun.
 *
 * @param word - a lowercase noun, singular or plural
 * @returns its plural form: `person` -> `people`, `victims` -> `victims`
 */
export function canonicalNoun(word: string): string {
  if (isInvariantNoun(word) || looksPlural(word)) return word;
  const plural = pluralize(word);
  // A plural must look plural, or canonicalizing it again would change it: `menu` would
  // give `menus`, which reads as singular (like `bonus`). Such rare nouns take `-es`.
  return looksPlural(plural) ? plural : `${word}es`;
}

/**
 * The singular of a canonical plural, such that `canonicalNoun(singularNoun(p)) === p`.
 * For a few plurals the result is not a real word (`movies` gives `movy`); it still reads
 * back as the same unit.
 *
 * @param plural - a canonical plural from `canonicalNoun`
 * @returns the singular form used after `/`: `people` -> `person`, `victims` -> `victim`
 */
export function singularNoun(plural: string): string {
  const irregular = IRREGULAR_SINGULARS.get(plural);
  if (irregular !== undefined) return irregular;
  if (isInvariantNoun(plural) || !plural.endsWith('s')) return plural;
  const candidates = [
    /ies$/.test(plural) && `${plural.slice(0, -3)}y`,
    /yses$/.test(plural) && `${plural.slice(0, -2)}is`,
    /(?:sses|xes|zzes|ches|shes|[^aeiou]uses)$/.test(plural) && plural.slice(0, -2),
    plural.slice(0, -1),
  ];
  // The first rule whose singular pluralizes back to this very plural.
  return candidates.find((c) => c && canonicalNoun(c) === plural) || plural;
}
