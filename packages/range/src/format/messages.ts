import { quote } from '../messages';

/** Message texts of the formatter's errors: what was wrong and what would be right. */

const show = (value: unknown): string =>
  typeof value === 'string' ? quote(value) : value === null ? 'null' : typeof value;

export const optionsNotObject = (value: unknown): string =>
  `formatRange options must be an object like { style: 'short' }, got ${show(value)}`;

export const badStyle = (value: unknown): string =>
  `formatRange option "style" must be 'long' or 'short', got ${show(value)}`;

export const badLocale = (value: unknown): string =>
  `formatRange option "locale" must be a BCP 47 locale such as 'en' or 'en-GB', got ${show(value)}`;

export const badSigFigsOption = (value: unknown): string =>
  `formatRange option "sigFigs" must be an integer from 1 to 21, got ${
    typeof value === 'number' ? String(value) : show(value)
  }`;
