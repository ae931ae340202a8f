/**
 * Every message text @reckon/schema produces, in one place so they stay consistent: each says
 * what is wrong and what would be right. Internal; issue codes are the stable, public part.
 */
import type { ValidationIssue } from './issues/types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** At most this many characters of a value are quoted in a message. */
const SHOWN = 60;

/**
 * A value as a message shows it: strings quoted and cut short (a 50 MB string must not become a
 * 50 MB message), other values by type.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= SHOWN) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, SHOWN))}… (${value.length} characters)`;
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean') return String(value);
  return typeOf(value);
}

/** `a string`, `an array`, `null`: the type of a value in words. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** `a string`, `an object`, `a number or null`: what a schema expected, in words. */
function expected(type: string): string {
  if (type === 'null') return 'null';
  if (type === 'nullable') return 'a value or null';
  if (type === 'array') return 'an array';
  if (type === 'object') return 'an object';
  if (type === 'int') return 'an integer';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

const list = (values: readonly unknown[], max = 12): string => {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? show(v) : String(v)));
  return values.length > max ? `${shown.join(', ')}… (${values.length} in all)` : shown.join(', ');
};

export const messages = {
  // ---- shape ------------------------------------------------------------------------------
  missing: (type: string) => `is required: expected ${expected(type)}`,
  wrongType: (type: string, input: unknown) =>
    `expected ${expected(type)}, received ${typeOf(input)}`,
  notFinite: (input: unknown) => `expected a finite number, received ${show(input)}`,
  notInteger: (input: unknown) => `expected an integer, received ${show(input)}`,
  notOneOf: (values: readonly unknown[], input: unknown, suggestion?: string) =>
    `expected one of ${list(values)}; received ${show(input)}` +
    (suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`),
  objectAsString: (input: unknown, example: string) =>
    `expected an object, received ${show(input)}: write it like ${example}`,
  levelAsPercent: (input: number) =>
    `an interval's level is a fraction strictly between 0 and 1: write ${input / 100} for ${input}%`,
  unitHint: (detail: string, suggestion: string) => `${detail}; write ${show(suggestion)}`,
  currencyWords: (input: string, suggestion: string) =>
    `${show(input)} names a currency in words: write its ISO 4217 code, ${show(suggestion)}`,
  notAPluralNoun: (word: string, noun: string) =>
    `${show(word)} is not a plural count noun: a count unit names what is counted, in the plural, e.g. ${show(noun)}`,
  badDiscriminator: (key: string, options: readonly unknown[], input: unknown) =>
    `"${key}" must be one of ${list(options)}; received ${show(input)}`,
  unknownKeys: (keys: readonly string[], suggestions: readonly (string | undefined)[]) => {
    const named = keys.map((key, i) => {
      const suggestion = suggestions[i];
      return suggestion ? `${show(key)} (did you mean "${suggestion}"?)` : show(key);
    });
    return keys.length === 1
      ? `unknown key ${named[0]}: remove it or fix its spelling`
      : `unknown keys ${named.join(', ')}: remove them or fix their spelling`;
  },
  tooLong: (input: unknown, max: number) =>
    `is too long: ${typeof input === 'string' ? input.length : '?'} characters, at most ${max} allowed`,
  blank: 'must contain some text, not only spaces',
  controlCharacter: (input: string, pattern: RegExp) => {
    const at = input.search(pattern);
    const code = input.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    return `contains the control character U+${code} at position ${at}: remove it (only tab and newline are allowed in text; write a line break as a newline)`;
  },
  tooFewItems: (min: number) =>
    min === 1 ? 'must not be empty' : `must have at least ${min} items`,
  tooManyItems: (max: number) => `has too many items: at most ${max} allowed`,
  tooSmallNumber: (min: unknown, inclusive: boolean) =>
    `must be ${inclusive ? 'at least' : 'greater than'} ${String(min)}`,
  tooBigNumber: (max: unknown, inclusive: boolean) =>
    `must be ${inclusive ? 'at most' : 'less than'} ${String(max)}`,

  // ---- formats ----------------------------------------------------------------------------
  badId: (input: unknown) =>
    `${show(input)} is not a valid id: use lowercase letters, digits and "-", "_", ".", ":", ` +
    'starting with a letter or digit, e.g. "jacob-sims"',
  badMetricKey: (input: unknown) =>
    `${show(input)} is not a valid metric key: use lowercase words joined by "-", e.g. "scam-revenue"`,
  badCountry: (input: unknown) =>
    `${show(input)} is not an ISO 3166-1 alpha-2 country code: use two capital letters such as "KH" (Cambodia)`,
  badSubdivision: (input: unknown) =>
    `${show(input)} is not an ISO 3166-2 subdivision code: write the country code, "-" and up to three letters or digits, e.g. "KH-12"`,
  subdivisionCountry: (input: string) =>
    `${show(input)} names no country: its first two letters must be an ISO 3166-1 alpha-2 code`,
  badM49: (input: unknown) =>
    `${show(input)} is not a UN M49 geographic area code: use a region's three digits, e.g. "001" (world), "142" (Asia) or "035" (South-eastern Asia); for one country write { "kind": "country", "code": "KH" }`,
  notInRegion: (country: string, m49: string) =>
    `${show(country)} does not lie in the M49 area ${show(m49)}: remove it, or give the region by name without "m49"`,
  badLanguage: (input: unknown) =>
    `${show(input)} is not a BCP 47 language tag: use e.g. "en", "km" or "en-GB"`,
  badScript: (input: unknown) =>
    `${show(input)} is not an ISO 15924 script code: use four letters, capitalised, e.g. "Khmr" or "Latn"`,
  badUrl: (input: unknown) =>
    `${show(input)} is not an http or https URL: write it in full, e.g. "https://example.org/report.pdf"`,
  urlUnparsable: (input: unknown) =>
    `${show(input)} cannot be read as a URL: check the host name and any brackets or percent signs`,
  dateNotString: (input: unknown) =>
    `expected a date as text (YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD), received ${typeOf(input)}`,
  dateSyntax: (input: string) =>
    `${show(input)} is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, or XXXX-MM-DD for a day of unknown year`,
  dateNotInCalendar: (input: string, month: number, year: number | undefined, days: number) =>
    `${show(input)} is not a day of the calendar: ${MONTHS[month - 1]}${year === undefined ? '' : ` ${year}`} has ${days} days`,
  periodReversed: (start: string, end: string) =>
    `the period starts (${start}) after it ends (${end}): swap start and end`,
  periodEmpty:
    'a period needs a start, an end, or its words in "text" (e.g. { "text": "in recent years" })',

  // ---- ranges -----------------------------------------------------------------------------
  invalidRange: (detail: string) => detail,
  notAShare: (unit: string) =>
    `a share of a base (relativeTo) must be dimensionless, e.g. in "%" or "1"; this range is in ${show(unit)}`,
  numeratorWithoutBase:
    'numeratorEstimateId names what this estimate is a share of, so it needs relativeTo (the base)',
  probabilityNotDimensionless: (unit: string) =>
    `a probability must be in "%" or "1", not ${show(unit)}`,
  probabilityOutside: 'a probability must lie between 0 and 1 (0% and 100%)',
  ratingOutside: (value: number, worst: number, best: number) =>
    `ratingValue ${value} lies outside the scale from worstRating ${worst} to bestRating ${best}`,
  ratingScaleReversed: (worst: number, best: number) =>
    `worstRating (${worst}) is above bestRating (${best})`,
  untitledReport:
    'a report needs a title or, when it has none, a description of how sources refer to it, e.g. "a UN human rights office report on online scam operations"',
  unnamedActor:
    'an actor needs a name or, when the source names none, a description, e.g. "a labour ministry official who was not named"',
  wordsWithoutResponse: (field: string) =>
    `a "no-response" stance records that nothing was said, so it has no ${field}: remove them, or use "declined-to-comment" or another stance`,
  emptyTargets: 'a response must target something: give reportIds, claimIds or estimateIds',

  // ---- references -------------------------------------------------------------------------
  duplicateId: (id: string, firstPath: string) =>
    `duplicate id ${show(id)}: already used at ${firstPath || 'the top level'}; every id in a dossier must be unique`,
  unknownReference: (id: string, kinds: readonly string[]) =>
    `${show(id)} does not name any ${kinds.join(' or ')} in this dossier`,
  wrongReferenceKind: (id: string, actual: string, kinds: readonly string[]) =>
    `${show(id)} names ${article(actual)} ${actual}, but this field needs ${kinds.map((k) => `${article(k)} ${k}`).join(' or ')}`,
  selfReference: (id: string) => `${show(id)} refers to the estimate itself`,
  cycle: (field: string, chain: readonly string[]) =>
    `${field} goes round in a circle (${chain.map((id) => show(id)).join(' → ')}): one of them must not name the other`,
  duplicateMetric: (key: string, firstPath: string) =>
    `duplicate metric key ${show(key)}: already declared at ${firstPath}; declare each metric once`,
  unknownMetric: (key: string) =>
    `${show(key)} is not a metric declared in "metrics": declare it there, e.g. { "key": ${show(key)} }`,

  // ---- versions ---------------------------------------------------------------------------
  versionNotString: (input: unknown, current: string) =>
    `schemaVersion must be the string "${current}"; received ${typeOf(input)}` +
    (typeof input === 'number' || typeof input === 'boolean' ? ` (${input})` : ''),
  unsupportedVersion: (input: unknown, current: string) =>
    `schemaVersion ${show(input)} is not one this release reads: it reads "${current}"; ` +
    'upgrade @reckon/schema for newer documents, or run migrate() on older ones',
  missingVersion: (current: string) =>
    `the document has no schemaVersion: add "schemaVersion": "${current}"`,
  migrateNotObject: (input: unknown) =>
    `cannot migrate ${typeOf(input)}: a dossier is a JSON object with a schemaVersion`,
  unreadable: (error: unknown) =>
    `the input could not be read: ${error instanceof Error ? error.message.slice(0, 200) : typeOf(error)}`,

  // ---- summary ----------------------------------------------------------------------------
  validationFailed: (entity: string, issues: readonly ValidationIssue[]) => {
    const max = 20;
    const lines = issues
      .slice(0, max)
      .map((issue) => `  - ${issue.path || '(top level)'}: ${issue.message} [${issue.code}]`);
    if (issues.length > max) lines.push(`  … and ${issues.length - max} more`);
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    return `invalid ${entity} (${count}):\n${lines.join('\n')}`;
  },
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
