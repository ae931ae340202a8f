/**
 * Units of measure that the unit system does not model, as abbreviations or as the word
 * that opens them: lengths, areas and volumes ("12,000 square kilometres", "3 cubic metres"),
 * masses, speeds, concentrations ("420 ppm"), energy and power, oil flows, containers
 * ("4 million TEU"). Written after a
 * number ("a 5 km walk", "the 300 MW plant", "9 mb/d"), they are its unit, and a figure read
 * without them would be a bare number that looks like a count. Lower case; "m" and "t" are
 * left out, since after a number they are as often million and trillion (or tonnes).
 */
export const UNMODELLED_MEASURES: ReadonlySet<string> = new Set([
  'mm',
  'cm',
  'km',
  'kms',
  'sq',
  'square',
  'cubic',
  'ha',
  'mi',
  'ft',
  'yd',
  'mg',
  'kg',
  'kgs',
  'lb',
  'lbs',
  'oz',
  'mph',
  'kph',
  'ppm',
  'ppb',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'gwh',
  'twh',
  'teu',
  'teus',
  'bpd',
  'mb',
  'mbd',
  'kbd',
]);

/**
 * Units and counted things written in the singular after a number other than one: the two
 * make a compound adjective ("a 5 kilometre walk", "a 10 year plan", "a 300 seat hall"), so
 * the number measures what follows, and read alone it would be a bare count. Lower case.
 */
export const SINGULAR_UNITS: ReadonlySet<string> = new Set(
  (
    'kilometre kilometer metre meter centimetre centimeter millimetre millimeter mile foot ' +
    'inch yard tonne ton kilogram kilo gram litre liter gallon barrel hectare acre degree ' +
    'second minute hour day week month year decade storey story megawatt kilowatt gigawatt ' +
    'seat bed star member lane'
  ).split(' '),
);
