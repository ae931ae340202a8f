/**
 * Property names that exist only inside the parser and formatter (fields of tokens, amounts,
 * quantities, cores, readings and of the contexts passed between readers), which the build
 * shortens to one or two letters (esbuild `mangleProps`). An app's bundler cannot shorten a
 * property name, so each one would otherwise ship in full, once per use.
 *
 * A name belongs here only when:
 * - no public type, option, error or JSON form of the package has a property of that name
 *   (`low`, `text`, `kind`, `start`, `noun`, `sigFigs`, `style` ... stay as they are);
 * - it is never a key looked up with a computed name (`WORDS[style]`), quoted, or tested
 *   with `in`, since those are not renamed;
 * - it is no property of a built-in (`Array.prototype.at`, `RegExp.prototype.source`, the
 *   iterator protocol's `done` and `value`, `Intl` options such as `notation`).
 *
 * The packaging test `built-range.test.ts` holds the build to the source: every corpus phrase
 * is read and written back by both, and their results compared field by field.
 */
export const INTERNAL_PROPERTIES: readonly string[] = [
  // tokens and the stream
  'lower',
  'spaceBefore',
  'digits',
  'decimal',
  'grouping',
  'grouped',
  'malformed',
  'scanFrom',
  'release',
  'before',
  // amounts, quantities and cores
  'mantissa',
  'exponent',
  'scaled',
  'scaleIsOne',
  'negative',
  'yearShaped',
  'amount',
  'first',
  'next',
  'ratio',
  'lowSigFigs',
  'highSigFigs',
  'plusMinus',
  'words',
  'share',
  'core',
  'lowerCmp',
  'upperCmp',
  'upper',
  // readings
  'nonQuantity',
  'bareWord',
  'nounText',
  'per',
  'resume',
  // contexts between readers
  'atStart',
  'allowAnd',
  'allowSign',
  'afterChange',
  'qualified',
  'single',
  // lexicon entries
  'tight',
  'codes',
  'by',
  'ambiguous',
  'period',
  // formatting
  'magnitude',
  'plural',
  'singular',
  // units
  'atom',
];

/**
 * The short name of each internal property, fixed here rather than left to esbuild: esbuild
 * names mangled properties per output file, and the build writes one file per module, so
 * without a shared table `exponent` would be `a` where a scale is made and `c` where it is
 * read. The first 26 get a capital letter, the rest `$` and a letter: the package spells no
 * property that way, so a short name never clashes with a real one.
 *
 * @returns esbuild's `mangleCache`: each internal name mapped to its short name
 */
export const internalPropertyNames = (): Record<string, string> =>
  Object.fromEntries(
    INTERNAL_PROPERTIES.map((name, i) => [
      name,
      i < 26 ? String.fromCharCode(65 + i) : `$${String.fromCharCode(65 + i - 26)}`,
    ]),
  );
