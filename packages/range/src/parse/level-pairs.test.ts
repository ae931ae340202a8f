import { describe, expect, it } from 'vitest';
import { formatRange } from '../format';
import { extractRanges } from './extract-ranges';

/**
 * An old level and a new one of the same figure ("fell from 12 to 9 per 1,000", "45 baht,
 * up from 30") are often written with the unit on one of them only. Each figure is read in
 * that unit, never bare: a bare 12 beside 9‰ says the rate was a plain twelve.
 */
const read = (text: string) =>
  extractRanges(text).map((f) => [f.text, formatRange(f.range), f.revision]);

describe('the old and new levels of a figure share the unit written on one of them', () => {
  it.each<[string, (string | undefined)[][]]>([
    [
      'Infant deaths fell from 12 to 9 per 1,000 live births.',
      [
        ['12', '12‰', 'from'],
        ['9 per 1,000 live births', '9‰', 'to'],
      ],
    ],
    [
      'Prices rose from 40 to 55 cents a litre.',
      [
        ['40', '$0.40 per litre', 'from'],
        ['55 cents a litre', '$0.55 per litre', 'to'],
      ],
    ],
    [
      'Wages rose from 300 to 450 a month.',
      [
        ['300', '300 a month', 'from'],
        ['450 a month', '450 a month', 'to'],
      ],
    ],
    // The unit written on the first figure only.
    [
      'The toll fell from 1,200 people to 800.',
      [
        ['1,200 people', '1,200 people', 'from'],
        ['800', '800 people', 'to'],
      ],
    ],
    [
      'Prices fell from $5 to 4.',
      [
        ['$5', '$5', 'from'],
        ['4', '$4', 'to'],
      ],
    ],
    [
      'The rate fell from 12% to 9.',
      [
        ['12%', '12%', 'from'],
        ['9', '9%', 'to'],
      ],
    ],
    [
      'The rate fell from 12 per 1,000 to 9.',
      [
        ['12 per 1,000', '12‰', 'from'],
        ['9', '9‰', 'to'],
      ],
    ],
    // The new level first.
    [
      'They revised the rate to 9 from 12 per 1,000.',
      [
        ['9', '9‰', 'to'],
        ['12 per 1,000', '12‰', 'from'],
      ],
    ],
    // A noun and a scale written on the first: 800,000 is within ten times of 1.2 million.
    [
      'The toll fell from 1.2 million people to 800,000.',
      [
        ['1.2 million people', '1.2 million people', 'from'],
        ['800,000', '800,000 people', 'to'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives the base of a share to both levels', () => {
    const found = extractRanges('The deficit fell from 5 to 3% of GDP.');
    expect(found.map((f) => [f.text, formatRange(f.range), f.context])).toEqual([
      ['5', '5%', { base: 'GDP' }],
      ['3%', '3%', { base: 'GDP' }],
    ]);
  });

  it('gives the counted noun as written to the figure that lacked it', () => {
    const found = extractRanges('The toll fell from 1,200 People to 800.');
    expect(found.map((f) => f.noun)).toEqual(['People', 'People']);
  });

  it.each<[string, string[][]]>([
    [
      'A meal costs 45 baht, up from 30.',
      [
        ['45 baht', 'THB\u00a045'],
        ['30', 'THB\u00a030'],
      ],
    ],
    [
      'The fare is $2.75 down from 3.',
      [
        ['$2.75', '$2.75'],
        ['3', '$3'],
      ],
    ],
  ])('reads "up from" and "down from" an earlier level in its unit: %s', (text, expected) => {
    expect(read(text).map(([t, f]) => [t, f])).toEqual(expected);
  });
});

describe('where the unit cannot be shared', () => {
  it('leaves out a figure whose scale may have been dropped with its unit', () => {
    // 3 dollars or 3 million dollars: the text does not say, and a bare 3 would be wrong.
    expect(read('Exports fell from $2 million to 3.')).toEqual([
      ['$2 million', '$2 million', 'from'],
    ]);
    expect(read('Exports hit $5bn, down from 6.')).toEqual([['$5bn', '$5 billion', undefined]]);
    expect(read('The toll fell from 1.2 million people to 80,000.')).toEqual([
      ['1.2 million people', '1.2 million people', 'from'],
    ]);
  });

  it('keeps a figure that has its own unit, whatever its scale', () => {
    expect(read('The toll rose from 500 to 1 million people.')).toEqual([
      ['500', '500 people', 'from'],
      ['1 million people', '1 million people', 'to'],
    ]);
  });

  it('shares nothing between two different units', () => {
    expect(read('The rate fell from 12% to 9 per 1,000.')).toEqual([
      ['12%', '12%', 'from'],
      ['9 per 1,000', '9‰', 'to'],
    ]);
    expect(read('Sales fell from $5 to 4 euros.')).toEqual([
      ['$5', '$5', 'from'],
      ['4 euros', '€4', 'to'],
    ]);
    expect(read('Cases fell from 1,200 people to 800 households.')).toEqual([
      ['1,200 people', '1,200 people', 'from'],
      ['800 households', '800 households', 'to'],
    ]);
  });

  it('does not carry a unit to a figure that is not the other level', () => {
    // "up from" must follow the first figure: here a clause stands between them.
    expect(read('A meal costs 45 baht, and prices are up from 30 last year.')).toEqual([
      ['45 baht', 'THB\u00a045', undefined],
      ['30', '30', undefined],
    ]);
    // Two figures of a range, not of a revision, take their unit as ranges do.
    expect(read('It went from 120 to 1,400 people.')).toEqual([
      ['from 120 to 1,400 people', '120–1,400 people', undefined],
    ]);
  });
});

describe('denominators of the two levels', () => {
  it('gives the first figure’s denominators to a second that has none', () => {
    expect(read('Wages rose from $5 a day to 7.')).toEqual([
      ['$5 a day', '$5 a day', 'from'],
      ['7', '$7 a day', 'to'],
    ]);
  });

  it('keeps the same denominators written on both', () => {
    expect(read('Wages rose from $5 a day to $7 a day.')).toEqual([
      ['$5 a day', '$5 a day', 'from'],
      ['$7 a day', '$7 a day', 'to'],
    ]);
  });

  it('shares nothing when the denominators differ', () => {
    expect(read('Pay rose from 5 a day to 40 a week.')).toEqual([
      ['5 a day', '5 a day', 'from'],
      ['40 a week', '40 a week', 'to'],
    ]);
  });

  it('leaves out a first figure whose scale may have been dropped with its unit', () => {
    // 400 a year, or 400 million a year: the text does not say.
    expect(read('Visitors rose from 400 to 2 million a year.')).toEqual([
      ['2 million a year', '2 million a year', 'to'],
    ]);
  });
});

describe('which figures are two levels of one', () => {
  it('pairs only the two figures of one revision, not a figure before it', () => {
    expect(read('Of 300 people surveyed, the rate fell from 12 to 9 per 1,000.')).toEqual([
      ['300 people', '300 people', undefined],
      ['12', '12‰', 'from'],
      ['9 per 1,000', '9‰', 'to'],
    ]);
  });

  it('pairs a figure with one right after "up from", not after other words', () => {
    expect(read('The fare is 45 baht, up again 5.')).toEqual([
      ['45 baht', 'THB\u00a045', undefined],
      ['5', '5', undefined],
    ]);
    expect(read('The fare is 45 baht, up from last year’s 30.')).toEqual([
      ['45 baht', 'THB\u00a045', undefined],
      ['30', '30', undefined],
    ]);
  });

  it('does not pair the new level of one revision with the old level of the next', () => {
    expect(
      read('It revised the toll from 120 to 1,400, and the injured from 30 to 45 people.'),
    ).toEqual([
      ['120', '120', 'from'],
      ['1,400', '1,400', 'to'],
      ['30', '30 people', 'from'],
      ['45 people', '45 people', 'to'],
    ]);
  });
});

describe('the edges of sharing', () => {
  it('shares the currency when both figures have the same denominators', () => {
    expect(read('Wages rose from $5 a day to 7 a day.')).toEqual([
      ['$5 a day', '$5 a day', 'from'],
      ['7 a day', '$7 a day', 'to'],
    ]);
  });

  it('shares nothing when denominators as many differ', () => {
    expect(read('Wages rose from $5 a day to 7 a week.')).toEqual([
      ['$5 a day', '$5 a day', 'from'],
      ['7 a week', '7 a week', 'to'],
    ]);
  });

  it('shares the unit across a scale at exactly ten times, not beyond', () => {
    expect(read('Exports fell from $2 million to 200,000.')).toEqual([
      ['$2 million', '$2 million', 'from'],
      ['200,000', '$200,000', 'to'],
    ]);
    expect(read('Exports fell from $2 million to 199,999.')).toEqual([
      ['$2 million', '$2 million', 'from'],
    ]);
  });
});

describe('the figure before "to" or "from" of a revision', () => {
  it('takes the unit of the figure after "from" when the new level comes first', () => {
    expect(read('The IMF cut its growth forecast to 4.8 from 5.2 percent.')).toEqual([
      ['4.8', '4.8%', 'to'],
      ['5.2 percent', '5.2%', 'from'],
    ]);
  });

  it('takes the scale of the other figure when the two lie within ten times, ends included', () => {
    expect(read('Cases fell from 20 to 2 million.')).toEqual([
      ['20', '20 million', 'from'],
      ['2 million', '2 million', 'to'],
    ]);
    expect(read('Cases rose from 2 to 20 million.')).toEqual([
      ['2', '2 million', 'from'],
      ['20 million', '20 million', 'to'],
    ]);
    expect(read('Cases rose from 2 to 30 million.')).toEqual([
      ['2', '2', 'from'],
      ['30 million', '30 million', 'to'],
    ]);
    // The new level first: the scale after "from" is shared the same way.
    expect(read('Cases fell to 2 from 3 million.')).toEqual([
      ['2', '2 million', 'to'],
      ['3 million', '3 million', 'from'],
    ]);
    // A scale of its own is kept: the bare 3 after it lends it none. (How the 3 itself is read
    // is not checked here.)
    expect(read('Output fell from 2 million to 3.')[0]).toEqual(['2 million', '2 million', 'from']);
    // A year-shaped figure that takes a scale is an amount, not a year.
    expect(read('Spending rose from 2000 to 3000 million.')).toEqual([
      ['2000', '2.0 billion', 'from'],
      ['3000 million', '3.0 billion', 'to'],
    ]);
  });

  it('reads the other figure with its sign and with "and" in its words', () => {
    expect(read('Prices rose from -2 to -3.5 percent.')).toEqual([
      ['-2', '-2%', 'from'],
      ['-3.5 percent', '-3.5%', 'to'],
    ]);
    expect(read('Deaths rose from two hundred to three hundred and fifty people.')).toEqual([
      ['two hundred', '200 people', 'from'],
      ['three hundred and fifty people', '350 people', 'to'],
    ]);
  });

  it('counts what the other figure counts, in the number the figure needs', () => {
    expect(read('Deaths fell from 2 to 1 person.')).toEqual([
      ['2', '2 people', 'from'],
      ['1 person', '1 person', 'to'],
    ]);
    expect(read('Deaths rose from 1 to 3 people.')).toEqual([
      ['1', '1 person', 'from'],
      ['3 people', '3 people', 'to'],
    ]);
    // A word after the other figure that counts nothing lends no noun.
    expect(read('Deaths rose from 120 to 1,400 last year.')).toEqual([
      ['120', '120', 'from'],
      ['1,400', '1,400', 'to'],
    ]);
  });

  it('takes nothing, not even a scale, from a figure in another currency', () => {
    expect(read('Output rose from $2 to \u20ac3 million.')).toEqual([
      ['$2', '$2', 'from'],
      ['\u20ac3 million', '\u20ac3 million', 'to'],
    ]);
  });
});
