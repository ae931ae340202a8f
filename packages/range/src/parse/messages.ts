import { quote } from '../messages';

/**
 * Message texts of the parser's errors, in one place so they stay consistent. Each says
 * what could not be read, where (an offset in UTF-16 code units), and what would be right.
 */

/** A short, safe excerpt of the input for a message (see {@link quote}). */
export function excerpt(input: string, start = 0, length = 60): string {
  const piece = input.slice(start, start + length);
  return quote(input.length > start + length ? `${piece}…` : piece);
}

export const notAString = (what: string, value: unknown): string =>
  `${what} expects a string of text, got ${value === null ? 'null' : typeof value}`;

export const noQuantity = (input: string): string =>
  `no quantity in ${excerpt(input)}: expected a number such as "$12.5 billion", "60%", ` +
  '"350,000 people" or "two to three million"';

export const onlyYear = (input: string, offset: number, text: string): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} reads as a year, date or ` +
  'label, not a quantity; a quantity would carry a unit ("2025 people", "$2025") or separators ("2,025")';

export const expectedNumberAfter = (input: string, word: string, offset: number): string =>
  `expected a number after ${quote(word)} at offset ${offset} in ${excerpt(input)}, ` +
  'e.g. "between $50 and 75 billion" or "more than 350,000 people"';

export const notANumber = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is not a quantity: it is ` +
  'part of a code, date, time, ordinal or label, or too large to represent';

export const severalQuantities = (
  input: string,
  first: string,
  firstOffset: number,
  second: string,
  secondOffset: number,
): string =>
  `found more than one quantity in ${excerpt(input)}: ${quote(first)} at offset ` +
  `${firstOffset} and ${quote(second)} at offset ${secondOffset}; parseRange reads ` +
  'one phrase, extractRanges reads every one';

export const badCurrencyOption = (name: string, value: unknown): string =>
  `option "${name}" must be an ISO 4217 code such as "USD", "PHP" or "MMK", got ${
    typeof value === 'string' ? quote(value) : value === null ? 'null' : typeof value
  }`;

export const badOptions = (value: unknown): string =>
  `options must be an object such as { dollar: 'AUD' } or be left out, got ${
    value === null ? 'null' : typeof value
  }`;

export const malformedGrouping = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} groups its digits neither ` +
  'the Western way ("450,000") nor the Indian way ("4,50,000"); it may be a decimal comma ' +
  '("3,5") or a list typed without spaces ("1,2"), so it is not read';

export const scaleNotTaken = (input: string, word: string, offset: number): string =>
  `the scale word ${quote(word)} at offset ${offset} in ${excerpt(input)} does not fit the ` +
  'number in words before it ("two thousand million" and "two million five thousand" do)';

export const scalesOutOfOrder = (input: string, word: string, offset: number): string =>
  `the scale word ${quote(word)} at offset ${offset} in ${excerpt(input)} follows a ` +
  'larger one; stacked scales must grow ("2 lakh crore", "5 thousand million")';

export const tooLarge = (input: string, text: string, offset: number): string =>
  `the number ${excerpt(text, 0, 24)} at offset ${offset} in ${excerpt(input)} is too large ` +
  'to represent as a double';

export const tooSmall = (input: string, text: string, offset: number): string =>
  `the number ${excerpt(text, 0, 24)} at offset ${offset} in ${excerpt(input)} is too small ` +
  'to represent as a double without losing its digits';

export const unknownPeriod = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is a period the unit ` +
  'system does not model (it knows year, month, week, day and hour); convert the figure to ' +
  'one of those, or read the amount without it';

export const notARange = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} joins two figures with a dash ` +
  'that make no range (the second is not greater than the first, or not in the same unit); ' +
  'it may be a score, odds or a split ("3-1", "60-40"), so it is not read';

export const changeOrRange = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} follows a change: it may be the ` +
  'change and the new level ("cut by $500 million to $1.2 billion") or a range of change';

export const fractionsOutOfOrder = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} joins two fractions whose second ` +
  'is not greater than the first; write the smaller first ("between a third and a half")';

export const andAFraction = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} may join a whole number and a ` +
  'fraction into one ("two and a half million") or be a range whose other end is a fraction; ' +
  'write "2.5 million" or "between 2 million and 2.5 million"';

export const overADuration = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} may be a span ("£4.5bn over five ` +
  'years", "rose 20% over five years") or a bound ("for over five years"); write "more than" ' +
  'for a bound';

export const quartersOfAYear = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} may count quarters of a year ("for ` +
  'three quarters") or be a share ("three quarters of voters"); write "3 quarters" for the ' +
  'time or "75%" for the share';

export const countOrAmount = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} may count things worth that scale ` +
  'each ("5 billion-dollar companies") or be the amount; write "five $1 billion companies" ' +
  'or "$5 billion"';

export const unknownMeasure = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} ends in a unit of measure the ` +
  'unit system does not model; write the unit as a plural noun ("5 kilometres"), or read ' +
  'the number without it';

export const metresOrMillions = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} ends in "m", which may be metres ` +
  'or millions; write "million", money ("£40m") or what it counts ("2m jobs")';

export const billionsOrLetter = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} ends in "B", which may be billions ` +
  'or the letter of a name ("221B", "seat 12B"); write "billion", "bn", money ("$5B") or what ' +
  'it counts ("2B users")';

export const scaleInCompound = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} joins a scale to the word after ` +
  'it ("three million-year-old fossils", "a million-tonne plant"): a compound adjective, not ' +
  'a figure of its own';

export const baseOfRate = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} follows "per": it is the base of ` +
  'a rate ("beds per 1,000 people"), not a figure';

export const exchangeRate = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is an exchange rate, the price ` +
  'of a currency the figure does not name ("25,400 to the dollar")';

export const perAfterNote = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} writes "per" after the figure's ` +
  'interval; write it after the figure ("5.1 per 1,000 (95% CI 4.2-6.0)")';

export const unreadBase = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} opens the base of a rate that the ` +
  'parser does not read ("50 cents per $100"), which the figure before it would lose';

export const poundOrWeight = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} may be a price per pound of ` +
  'weight ("28 cents a pound") or an exchange rate per pound sterling';

export const thousandsElided = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} may share the thousands of its ` +
  'high end ("20-25,000" as 20,000-25,000) or start at the small number itself; write both ' +
  'ends in full';

export const unknownCode = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} ends in a code the unit system ` +
  'does not know (a ticker or a unit: "1.2 billion USDT"); read the number without it';

export const amountInParts = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} writes one figure in parts ` +
  '("1 lakh 20 thousand" is 120,000), which the parser does not add; write it whole';

export const peopleInTis = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} counts a people whose name ends ` +
  'in "-tis", which the unit system reads as a singular ("hepatitis"); read the number ' +
  'without it';

export const multiple = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is a multiple ("80 times more ` +
  'potent"), which the unit system does not model';

export const singularUnit = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is a number before a singular ` +
  'unit, which describes what follows ("a 5 kilometre walk"); write the unit in the plural ' +
  '("5 kilometres") for the figure itself';

export const spacedDigits = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} stands beside another number ` +
  'with only a space between: a number grouped with spaces ("1 800 000") or a phone number or ' +
  'code, not two quantities; write the number with commas ("1,800,000")';

export const noSpread = (input: string, sign: string, offset: number): string =>
  `${quote(sign)} at offset ${offset} in ${excerpt(input)} is not followed by a ` +
  'readable spread, e.g. "15 ± 5"';

export const hiddenText = (input: string, offset: number): string =>
  `the text from offset ${offset} in ${excerpt(input)} is under a bidirectional override or ` +
  'isolate, so a reader sees it in another order than it is stored; it is not read';

export const severalCurrencies = (
  input: string,
  offset: number,
  name: string,
  codes: string,
): string =>
  `the amount at offset ${offset} in ${excerpt(input)} is in "${name}", the name of several ` +
  `currencies (${codes}); pass one of them as currencyHint, or write the code`;

export const unknownCountryCurrency = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} names a currency by a country ` +
  'the parser does not pair with it; write its ISO 4217 code ("JMD 200 billion")';

export const twoCurrencies = (input: string, offset: number, first: string, second: string) =>
  `the amount at offset ${offset} in ${excerpt(input)} is written in two currencies at once ` +
  `(${quote(first)} and ${quote(second)}); write one of them`;

export const gluedScale = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} glues a scale word to ` +
  'other letters; write them apart ("20 billion USD")';

export const ambiguousPrefix = (input: string, offset: number, prefix: string, codes: string) =>
  `the amount at offset ${offset} in ${excerpt(input)} is in ${quote(prefix)}, the ` +
  `currency of several countries (${codes}); pass a currencyHint, or write the code`;

export const rateWithoutMoney = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} makes the figure before ` +
  'it a rate per currency, but that figure names no currency of its own; write one ' +
  '("MYR 4.7 per dollar")';

export const tooManyDenominators = (input: string, text: string, offset: number): string =>
  `${JSON.stringify(text)} at offset ${offset} in ${excerpt(input)} has more than three ` +
  'denominators';

export const headOf = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is per head of no count noun; ` +
  'write "per person" or "per" and the noun counted';

export const negatedChange = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is a negated change: it gives no figure`;

export const signAgainstChange = (input: string, text: string, offset: number): string =>
  `${quote(text)} at offset ${offset} in ${excerpt(input)} is a change whose sign contradicts it`;

export const rateOrNot = (input: string, text: string, offset: number): string =>
  `${JSON.stringify(text)} at offset ${offset} in ${excerpt(input)} may be a rate; write "per"`;
