/**
 * What an app imports from `@reckon/range`, and the most it may cost, minified and gzipped
 * (level 9) by esbuild for the browser, in bytes (1 kB = 1000 B, as size-limit prints). `npm run test:size` holds the package to these
 * limits (size-limit, `tests/.size-limit.js`); `npm run bench` prints the same figures beside
 * other libraries'.
 */
export interface SizeCheck {
  /** The names imported, as written between the braces of an import. */
  readonly names: string;
  /** The most it may cost, in bytes. */
  readonly limit: number;
  /** Why the limit is what it is. */
  readonly why: string;
}

export const sizeChecks: readonly SizeCheck[] = [
  {
    names: '{ add }',
    limit: 4_000,
    why: 'arithmetic alone leaves units parsing, formatting and the parser out',
  },
  {
    names: '{ parseRange, formatRange, div }',
    // The goal is 15 kB, and it cannot be met without dropping readings: formatRange, div and
    // what they share (ranges, interned units, errors) cost 10.3 kB, and the parser adds
    // 15.5 kB or more on top, more than the whole goal. Of that, its word lists alone
    // (qualifiers, currency signs and words, count nouns, dates and labels, periods, changes,
    // number words) and its messages cost about 5 kB. Already taken out: the unit expression
    // reader (the parser builds units from words), the local prefixes' citations (a table of
    // their own) and long internal property names (shortened by the build), 1.5 kB in all
    // (27.2 kB became 25.7 kB); newer readings (regional prefixes, scales, signed ends) have
    // since brought it to 27.0 kB, and the faster tokenizer (a table of character classes,
    // word and number scanners of their own: extraction about twice as fast) to 27.23 kB,
    // and refusals of seven misreadings found by mutation testing, with error messages that
    // escape bidirectional marks, to 27.38 kB; a change bounded only above read from zero
    // and written back, "per head of cattle" read as per animal rather than per person, and
    // negations in n't and "cannot" that turn a strict bound over ("isn't more than 5%" was
    // read as more than 5%), and before a verb of change ("didn't fall below"), to 27.64 kB;
    // a noun whose singular is a currency code ("mmks" prints as "mmk" after "/") refused, so
    // that a unit's text always reads back, to 27.66 kB; a negated change ("did not fall 5%",
    // read as a fall of 5%) refused, to 27.72 kB; "zero" read only alone and scales stacked
    // only in the first group of number words ("six billion nineteen million million" was
    // 6.019e15), to 27.75 kB; "from X to Y" after a verb of change read as two levels
    // ("increased from $2,064 to $2,227" was a range), with the unit and scale of the second
    // figure given to the first ("from 5.2 to 4.8 percent": 5.2 had no unit), to 27.93 kB;
    // a year after "in" kept out of a range of money ("in 2023 to ₹45,000 crore"), to 27.95 kB;
    // a sign written on the size of a change read once ("fell -6%" was +6), to 28.02 kB;
    // a decimal comma refused, not split into two figures ("1,5 million euros" was
    // €5 million), to 28.10 kB; a scale word a number in words cannot take refused, not
    // dropped ("two million five billion" was 2,000,005), to 28.13 kB; two figures a dash
    // joins that make no range refused ("a 60-40 split" was 60), a fraction of a scale read
    // as an amount ("a quarter of a million people" was 0.25 and 1 million people), a whole
    // number and a fraction read as one ("five and a half million" was 5), and periods and
    // scale words hyphened into an adjective read ("a $10 billion-a-year industry" was
    // $10 billion), to 28.69 kB; a year before "levels" or "prices" or constant money ("below
    // 2019 levels" was 2,019 levels), a number before a hanging hyphen ("16- to 24-year-olds"
    // was 16) and "over" before a duration that may be a span ("£4.5bn over five years" was
    // more than five years) refused, to 29.03 kB; a spaced number before a scale hyphened to
    // a currency refused ("two million million-dollar homes" was $2 trillion), to 29.18 kB;
    // the noun of a revision's new figure given to the old one ("from 120 to 1,400 people":
    // 120 had no noun), to 29.23 kB; "minus" after "plus or" not read as a sign ("plus or
    // minus 3 points" was -3), to 29.24 kB; a figure before a unit of measure the unit system
    // does not model refused ("a 5 km walk" was a bare 5), to 29.38 kB; one helper for a dash
    // touching both its neighbours instead of eight copies of the test, to 29.34 kB; "GH¢"
    // read as cedis, a number after a lone "¢" and "closer to X" read as about X ("GH¢610
    // billion" was a bare 610 billion), to 29.37 kB; spaced digit groups, a whole number
    // after a label word whatever follows it, and a lone lower-case "m" refused ("1 800 000
    // people" was 1, 800 and 0 people; "Article 19 guarantees" was 19 guarantees; "the 400m
    // final" was 400 million), with their messages, to 29.78 kB; "an average of" read before a
    // figure ("fell by an average of 3%" was +3%), a capital "B" after a whole number and
    // before a word refused ("221B Baker Street" was 221 billion), and compound adjectives
    // refused ("a 5 kilometre walk" was 5, "three million-year-old fossils" 3 million), with
    // their messages, to 30.27 kB; a price per unit of measure refused ("USD 4/kg" was $4)
    // and "up to X from Y" read as two levels ("edged up to 4.3% from 4.1%" was at most
    // 4.3%), to 30.36 kB; the trie entries for "GH¢" taken out again (they slowed the
    // scanner) and the label rule made simpler, to 30.30 kB; "X to Y" after a change or "by"
    // refused when both figures are whole and close ("cut by $500 million to $1.2 billion"
    // was a range), square and cubic units, ppm, mph, multiples and exchange rates refused
    // ("12,000 square kilometres" was 12,000), a figure after "per" left out ("beds per 1,000
    // people" was 1,000 people), and a figure's interval in its note read around it ("2.3
    // (95% CI 1.4 to 3.8)" lost the interval), with their messages, to 30.97 kB; "won" read
    // as KRW after a scale or separators ("2 billion won" was 2 billion), a price per pound,
    // TEU and elided thousands refused ("20-25,000" was 20 to 25,000), with formatRange joining
    // such ends with "to", to 31.38 kB; "magnitude" a label word and "could top X" a bound
    // ("a magnitude 7.8 earthquake" was 7.8, "could top $20bn" exactly $20 billion), to
    // 31.45 kB; a share whose value does not end taken at two figures after "nearly"
    // ("nearly 1 in 3" was refused), to 31.46 kB; a lone "m" after money read as millions
    // ("EUR 3.4 m" was €3.4), and "close on", "nearer" and "give or take" read as hedges,
    // to 31.52 kB; a code in capitals ending the clause after a figure refused ("1.2 billion
    // USDT," was a bare 1.2 billion), to 31.66 kB; "a" with a noun after a count read as a
    // rate ("42,000 a game" was 42,000), to 31.74 kB; any scale letter apart from money read
    // ("IDR 5 T" was 5 rupiah) and a figure in parts refused ("1 lakh 20 thousand" was
    // 100,000), to 31.88 kB; a people in "-tis" after a figure refused ("300,000 Kuwaitis"
    // was a bare 300,000), to 31.96 kB; an unread "per" refused where denominators are read,
    // and an interval's note read through the interval's own lead, to 31.93 kB; a token
    // lookup split so the engine inlines its common case, to 32.02 kB; a noun before the
    // counted one ("50 people smugglers" was 50 people) and "or older" ("aged 60 or older"
    // was exactly 60), to 32.13 kB; a figure with a scale word spared a second conversion
    // of its digits, to 32.16 kB; currencies named in words, from a table of some 130
    // currencies' names and countries ("200 billion Egyptian pounds" was a bare 200 billion),
    // to 34.26 kB; peoples named alike in both numbers counted ("a million Rohingya" was a
    // bare number), to 34.27 kB; a period after what a figure measures ("10 million barrels
    // of oil per day" was 10 million barrels), "down" as a verb's particle and a table's unit
    // left out, to 34.52 kB; a fraction of a percent ("a half-percent" was 0.5), to 34.54 kB;
    // a refused spread or fraction skipped whole, and elided thousands refused before a
    // scale ("20-25,000 million" was 20 million to 25 billion), to 34.60 kB; one helper for
    // a word in capitals where two rules wrote the same test, to 34.62 kB; a year of prices
    // between a figure and its currency ("3 million 2019 dollars" was $2,019) and quarters of
    // a year in words ("grew 10% over three quarters" was more than 0.75), to 34.91 kB;
    // ranges of fractions in words ("between a third and a half" was 0.5), "half a million"
    // as the other end after "between", and more verbs whose "up" is no rise ("eats up 60%"
    // was a rise of 60%), to 35.29 kB; a number in words hyphened to a word left out, as in
    // digits ("risen five-fold" was a rise of 5), to 35.33 kB; "per square metre" refused
    // and a year after a capitalised word left out ("Vision 2030 aims"), to 35.36 kB; "a
    // year since" a year read as a rate ("3.5% a year since 2015" lost its period), to
    // 35.38 kB; paise, money in parts refused and "against dollar" an exchange rate ("80
    // paise" was a bare 80), to 35.43 kB; the verbs of market reports ("weakened 0.8%" was
    // a plain 0.8%), a share's base ended at its verb, a pronoun or a preposition ("the
    // population lives" was the base), -s verbs not counted ("six receives a monthly"), a
    // revision's figures dropped together, "US cents", "or" between figures of one unit ("2
    // or 3 million" was a bare 2), multiples of a possessive and spans of stages, to 36.51 kB;
    // a base ended at a time after its noun ("of GDP last year"), and prices per a unit of two
    // words or per a scale word refused ("€30 per megawatt hour" was per megawatt), to
    // 36.65 kB; "N times" before a noun refused as a multiple ("8.5 times average earnings"
    // was a bare 8.5), to 36.77 kB; the plural test of a base's verb taken from the count-noun
    // reader and word lists shared, back to 36.71 kB.
    // This ceiling, just above today's figure, stops growth.
    limit: 36_715,
    why: 'a ceiling just above today’s 36.71 kB; the goal of 15 kB needs a smaller parser',
  },
];
