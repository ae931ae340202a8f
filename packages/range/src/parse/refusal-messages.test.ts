import { describe, expect, it } from 'vitest';
import { RangeParseError, UnknownCurrencyError } from '../errors';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * Every refusal of `parseRange` says what could not be read, where, and what would be read.
 * Each message below was checked by hand: the offset is where the quoted text starts in the
 * phrase, and a long phrase or number is cut with "…" so a message stays one short line.
 */
function refusal(read: () => unknown): RangeParseError {
  try {
    read();
  } catch (error) {
    if (error instanceof RangeParseError) return error;
    throw error;
  }
  throw new Error('expected a RangeParseError, but the phrase was read');
}

const at = (phrase: string) => refusal(() => parseRange(phrase));

describe('a phrase read without guessing is refused with what and where', () => {
  it('scale words out of order', () => {
    const error = at('5 million thousand');
    expect(error.offset).toBe(10);
    expect(error.message).toMatchInlineSnapshot(
      `"the scale word "thousand" at offset 10 in "5 million thousand" follows a larger one; stacked scales must grow ("2 lakh crore", "5 thousand million")"`,
    );
  });

  it('scale words out of order, in words as in digits', () => {
    const error = at('two million thousand people');
    expect(error.offset).toBe(12);
    expect(error.message).toBe(
      'the scale word "thousand" at offset 12 in "two million thousand people" follows a larger one; stacked scales must grow ("2 lakh crore", "5 thousand million")',
    );
    expect(parseRange('two thousand million people').low).toBe(2e9);
  });

  it('a scale word the number in words before it cannot take', () => {
    const error = at('two million five billion people');
    expect(error.offset).toBe(17);
    expect(error.message).toBe(
      'the scale word "billion" at offset 17 in "two million five billion people" does not fit the number in words before it ("two thousand million" and "two million five thousand" do)',
    );
    expect(() => parseRange('six billion nineteen million million')).toThrow(
      /"million" at offset 29/,
    );
  });

  it('digits grouped neither the Western nor the Indian way', () => {
    const error = at('1,000,00 people');
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `""1,000,00" at offset 0 in "1,000,00 people" groups its digits neither the Western way ("450,000") nor the Indian way ("4,50,000"); it may be a decimal comma ("3,5") or a list typed without spaces ("1,2"), so it is not read"`,
    );
  });

  it('a number too large for a double, quoted in part', () => {
    const error = at('9'.repeat(400));
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `"the number "999999999999999999999999…" at offset 0 in "999999999999999999999999999999999999999999999999999999999999…" is too large to represent as a double"`,
    );
  });

  it('a number too small for a double, quoted in part', () => {
    const error = at(`0.${'0'.repeat(400)}1`);
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `"the number "0.0000000000000000000000…" at offset 0 in "0.0000000000000000000000000000000000000000000000000000000000…" is too small to represent as a double without losing its digits"`,
    );
  });

  it('a period the units do not model', () => {
    const error = at('$5 per quarter');
    expect(error.offset).toBe(3);
    expect(error.message).toMatchInlineSnapshot(
      `""per quarter" at offset 3 in "$5 per quarter" is a period the unit system does not model (it knows year, month, week, day and hour); convert the figure to one of those, or read the amount without it"`,
    );
  });

  it('a "±" without a spread', () => {
    const error = at('15 ± ');
    expect(error.offset).toBe(3);
    expect(error.message).toMatchInlineSnapshot(
      `""±" at offset 3 in "15 ± " is not followed by a readable spread, e.g. "15 ± 5""`,
    );
  });

  it('text under a bidirectional override, with the override escaped in the message', () => {
    const error = at('between \u202e5 and 9');
    expect(error.offset).toBe(8);
    // Shown raw, the override would reverse the message's own text after it.
    expect(error.message).toBe(
      'the text from offset 8 in "between \\u202e5 and 9" is under a bidirectional override or ' +
        'isolate, so a reader sees it in another order than it is stored; it is not read',
    );
  });

  it.each([
    ['a C1 control', 'no \u0085figure', '"no \\u0085figure"'],
    ['a right-to-left mark', 'no \u200ffigure', '"no \\u200ffigure"'],
    ['an Arabic letter mark', 'no \u061cfigure', '"no \\u061cfigure"'],
    ['a first strong isolate', 'no \u2068figure', '"no \\u2068figure"'],
  ])('escapes %s in the quoted input, and keeps other text as it is', (_, phrase, quoted) => {
    expect(at(`${phrase} — ünïcode`).message).toContain(quoted.replace(/"$/, ' — ünïcode"'));
  });

  it('"pesos" without a hint', () => {
    const error = at('500 pesos');
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `"the amount at offset 0 in "500 pesos" is in "pesos", the name of several currencies (ARS, CLP, COP, CUP, DOP, MXN, PHP, UYU); pass one of them as currencyHint, or write the code"`,
    );
  });

  it('a currency named after a country the parser does not pair with it', () => {
    const error = at('200 billion Jamaican dollars');
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `""200 billion Jamaican dollars" at offset 0 in "200 billion Jamaican dollars" names a currency by a country the parser does not pair with it; write its ISO 4217 code ("JMD 200 billion")"`,
    );
  });

  it('an amount in two currencies', () => {
    const error = at('USD €5');
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `"the amount at offset 0 in "USD €5" is written in two currencies at once ("USD" and "€"); write one of them"`,
    );
  });

  it('a scale word glued to other letters', () => {
    const error = at('20 billionUSD');
    expect(error.offset).toBe(3);
    expect(error.message).toMatchInlineSnapshot(
      `""billionUSD" at offset 3 in "20 billionUSD" glues a scale word to other letters; write them apart ("20 billion USD")"`,
    );
  });

  it('a prefix several countries use, without a hint', () => {
    const error = at('Rs165 billion');
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `"the amount at offset 0 in "Rs165 billion" is in "Rs", the currency of several countries (INR, PKR, LKR, NPR, MUR, SCR); pass a currencyHint, or write the code"`,
    );
  });

  it('a rate per currency on a figure with no currency', () => {
    const error = at('4.7 per dollar');
    expect(error.offset).toBe(4);
    expect(error.message).toMatchInlineSnapshot(
      `""per dollar" at offset 4 in "4.7 per dollar" makes the figure before it a rate per currency, but that figure names no currency of its own; write one ("MYR 4.7 per dollar")"`,
    );
  });
});

describe('a phrase with no quantity says why', () => {
  it('a word that promised a number, pointing after it', () => {
    const error = at('between and');
    expect(error.offset).toBe(8);
    expect(error.message).toMatchInlineSnapshot(
      `"expected a number after "between" at offset 8 in "between and", e.g. "between $50 and 75 billion" or "more than 350,000 people""`,
    );
  });

  it('a year', () => {
    const error = at('in 2025');
    expect(error.offset).toBe(3);
    expect(error.message).toMatchInlineSnapshot(
      `""2025" at offset 3 in "in 2025" reads as a year, date or label, not a quantity; a quantity would carry a unit ("2025 people", "$2025") or separators ("2,025")"`,
    );
  });

  it('a number inside a code', () => {
    const error = at('version 10.3.2');
    expect(error.offset).toBe(8);
    expect(error.message).toMatchInlineSnapshot(
      `""10.3" at offset 8 in "version 10.3.2" is not a quantity: it is part of a code, date, time, ordinal or label, or too large to represent"`,
    );
  });

  it('no number at all, quoting a long phrase in part', () => {
    const error = at('word '.repeat(20));
    expect(error.offset).toBe(0);
    expect(error.message).toMatchInlineSnapshot(
      `"no quantity in "word word word word word word word word word word word word …": expected a number such as "$12.5 billion", "60%", "350,000 people" or "two to three million""`,
    );
  });

  it('two quantities, pointing at the second', () => {
    const error = at('5 and 7 people');
    expect(error.offset).toBe(6);
    expect(error.message).toMatchInlineSnapshot(
      `"found more than one quantity in "5 and 7 people": "5" at offset 0 and "7 people" at offset 6; parseRange reads one phrase, extractRanges reads every one"`,
    );
  });
});

describe('the diagnosis of a phrase with no quantity', () => {
  it.each<[string, number, string]>([
    // Numbers of three digits or five are not years: they are codes.
    ['#123', 1, '"123" at offset 1 in "#123" is not a quantity'],
    ['#12345', 1, '"12345" at offset 1 in "#12345" is not a quantity'],
    // Two digits may be a day.
    ['May 20', 4, '"20" at offset 4 in "May 20" reads as a year, date or label'],
    // The first word that promised a number is the one named.
    ['about or around', 6, 'expected a number after "about" at offset 6'],
    // A promise at the very end points at the end.
    ['between', 7, 'expected a number after "between" at offset 7'],
    // An isolate hides text as an override does.
    ['no figure \u2066here\u2069 at all', 10, 'the text from offset 10 in'],
  ])('%s', (phrase, offset, message) => {
    const error = at(phrase);
    expect(error.offset).toBe(offset);
    expect(error.message).toContain(message);
  });
});

describe('the quoted phrase and a long preamble', () => {
  it('quotes a phrase of sixty characters whole, and cuts one longer with "…"', () => {
    const sixty = 'abcdefghij'.repeat(6);
    expect(at(sixty).message).toContain(`in "${sixty}":`);
    expect(at(`${sixty}k`).message).toContain(`in "${sixty}…":`);
  });

  it('still finds the year after a thousand words of preamble', () => {
    const error = at(`${'word '.repeat(1100)}in 2025`);
    expect(error.offset).toBe(5503);
    expect(error.message).toContain('"2025" at offset 5503');
  });
});

describe('bad arguments are refused with what was passed', () => {
  it('text that is not a string', () => {
    expect(() => parseRange(5 as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: parseRange expects a string of text, got number]`,
    );
    expect(() => extractRanges(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: extractRanges expects a string of text, got null]`,
    );
  });

  it('options that are not an object', () => {
    expect(() => parseRange('5', null as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: options must be an object such as { dollar: 'AUD' } or be left out, got null]`,
    );
    expect(() => extractRanges('5', 5 as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeParseError: options must be an object such as { dollar: 'AUD' } or be left out, got number]`,
    );
  });

  it('a currency option that is not an ISO 4217 code', () => {
    const unknown = () => parseRange('$5', { dollar: 'XYZ' });
    expect(unknown).toThrow(UnknownCurrencyError);
    expect(unknown).toThrowErrorMatchingInlineSnapshot(
      `[UnknownCurrencyError: option "dollar" must be an ISO 4217 code such as "USD", "PHP" or "MMK", got "XYZ"]`,
    );
    expect(() => parseRange('5', { dollar: 5 as never })).toThrowErrorMatchingInlineSnapshot(
      `[UnknownCurrencyError: option "dollar" must be an ISO 4217 code such as "USD", "PHP" or "MMK", got number]`,
    );
    expect(() =>
      extractRanges('5', { currencyHint: null as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[UnknownCurrencyError: option "currencyHint" must be an ISO 4217 code such as "USD", "PHP" or "MMK", got null]`,
    );
  });
});

describe('a unit with more denominators than it takes', () => {
  // Dropping the fourth "per" would read a rate per shift as a rate per site.
  it('refuses a fourth denominator instead of dropping it', () => {
    const error = at('$1 per worker per day per site per shift');
    expect(error.offset).toBe(3);
    expect(error.message).toBe(
      '"per worker per day per site per shift" at offset 3 in "$1 per worker per day per site per shift" has more than three denominators',
    );
  });

  it('still reads three', () => {
    expect(parseRange('$1 per worker per day per site').unit.text).toBe('USD/site/worker/day');
  });
});

describe('"a" noun "of" after a price', () => {
  // "$5 a ton of coal" is a rate per ton, but "$5 billion a lot of money" is no rate per lot:
  // the words alone cannot tell them apart, and dropping "a ton" would misread the first.
  it('refuses "$5 a ton of coal" rather than read plain dollars', () => {
    const error = at('$5 a ton of coal');
    expect(error.offset).toBe(3);
    expect(error.message).toBe(
      '"a ton of" at offset 3 in "$5 a ton of coal" may be a rate; write "per"',
    );
  });

  it('reads the rate written with "per", or with "a" and no "of"', () => {
    expect(parseRange('$5 per ton of coal').unit.text).toBe('USD/ton');
    expect(parseRange('$5 a ton').unit.text).toBe('USD/ton');
  });
});
