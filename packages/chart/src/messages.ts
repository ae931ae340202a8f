/**
 * Message texts of the errors @reckon/chart throws, in one place so they stay consistent:
 * each says what was wrong, where, and what would be right.
 */

const show = (value: unknown): string => {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
};

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

export const optionsNotObject = (value: unknown): string =>
  `chart options must be an object like { title: 'Estimates' }, got ${show(value)}`;

export const unknownOption = (key: string, known: readonly string[]): string =>
  `chart option ${JSON.stringify(key)} is not known; the options are ${list(known)}`;

export const badWidth = (value: unknown, min: number, max: number): string =>
  `chart option "width" must be a whole number of pixels from ${min} to ${max}, got ${show(value)}`;

export const badChoice = (option: string, value: unknown, choices: readonly string[]): string =>
  `chart option "${option}" must be one of ${list(choices)}, got ${show(value)}`;

export const badLocale = (value: unknown): string =>
  `chart option "locale" must be a BCP 47 locale such as 'en' or 'en-GB', got ${show(value)}`;

export const badText = (option: string, value: unknown): string =>
  `chart option "${option}" must be a string, got ${show(value)}`;

export const badIdPrefix = (value: unknown): string =>
  `chart option "idPrefix" must start with a letter and hold only letters, digits, "-", "_" and "." (at most 64), such as 'revenue-chart', got ${show(value)}`;

export const itemsNotArray = (value: unknown): string =>
  `chart items must be an array of { label, range } objects, got ${show(value)}`;

export const badItem = (index: number, what: string): string =>
  `chart item ${index} ${what}; each item is { label: string, range: Range, scope?: string, derived?: boolean }`;
