/**
 * Message texts of the errors @reckon/markdown throws, in one place so they stay consistent:
 * each says what was wrong, where, and what would be right.
 */

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
};

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

export const optionsNotObject = (value: unknown): string =>
  `brief options must be an object like { locale: 'en' }, got ${show(value)}`;

export const unknownOption = (key: string, known: readonly string[]): string =>
  `brief option ${JSON.stringify(key)} is not known; the options are ${list(known)}`;

export const badHeadingDepth = (value: unknown): string =>
  `brief option "headingDepth" must be an integer from 1 to 4 (the brief uses three levels of heading below it), got ${show(value)}`;

export const badChoice = (option: string, value: unknown, choices: readonly string[]): string =>
  `brief option "${option}" must be one of ${list(choices)}, got ${show(value)}`;

export const badLocale = (value: unknown): string =>
  `brief option "locale" must be a BCP 47 locale such as 'en' or 'en-GB', got ${show(value)}`;

export const sectionsNotArray = (value: unknown): string =>
  `brief option "sections" must be an array of section names such as ['estimates', 'findings'], got ${show(value)}`;

export const unknownSection = (value: unknown, index: number, choices: readonly string[]): string =>
  `brief option "sections[${index}]" must be one of ${list(choices)}, got ${show(value)}`;

export const repeatedSection = (name: string, index: number): string =>
  `brief option "sections[${index}]" repeats '${name}'; list each section once`;

export const chartNotObject = (value: unknown): string =>
  `brief option "chart" must be an object like { path: 'charts/revenue.svg', alt: 'Estimates of scam revenue' }, got ${show(value)}`;

export const badChartPath = (value: unknown): string =>
  `brief option "chart.path" must be a relative path on the page's own host or an http(s) URL, without spaces, line breaks or backslashes, such as 'charts/revenue.svg' (not '//host/...'), got ${show(value)}`;

export const badChartAlt = (value: unknown): string =>
  `brief option "chart.alt" must be a string that is not blank, got ${show(value)}`;

export const badDate = (value: unknown, where: string): string =>
  `cannot write the date ${show(value)} at ${where}: a date is written YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD (a day of unknown year)`;
