import { describe, expect, it } from 'vitest';
import { formatRange } from '../format';
import { extractRanges } from './extract-ranges';

/**
 * A verb of revision makes "from X to Y" an old figure and a new one only when the verb and
 * both figures stand in one clause. Outside it the figures are plain figures: an editor
 * reading "revised its figures. The toll went from 120 to 1,400" sees one range, not a
 * revision.
 */
const revisions = (text: string) => extractRanges(text).map((f) => [f.text, f.revision]);

describe('a revision stays within its clause', () => {
  it('reads "from X to Y" as a range when the verb of revision ended a sentence before', () => {
    const found = extractRanges('The agency revised its figures. The toll went from 120 to 1,400.');
    expect(found.map((f) => [f.text, f.range.low, f.range.high, f.revision])).toEqual([
      ['from 120 to 1,400', 120, 1400, undefined],
    ]);
  });

  it.each([';', ':', '!', '?'])('does not look back past "%s" for the verb of revision', (stop) => {
    const found = extractRanges(
      `The agency revised its figures${stop} the toll went from 120 to 1,400`,
    );
    expect(found.map((f) => [f.text, f.revision])).toEqual([['from 120 to 1,400', undefined]]);
  });

  it('does not pair a "from" with a "to" in the next sentence', () => {
    expect(revisions('Officials revised the count from 120. Later it went to 1,400.')).toEqual([
      ['120', undefined],
      ['1,400', undefined],
    ]);
  });

  it('does not pair a "from" with a "to" that a second verb of revision governs', () => {
    expect(
      revisions('Officials revised the count from 120, and lowered the estimate to 300.'),
    ).toEqual([
      ['120', undefined],
      ['300', undefined],
    ]);
  });

  it('does not take a "from" before the verb of revision as the old figure', () => {
    expect(revisions('Apart from revised figures, the toll rose to 1,400.')).toEqual([
      ['1,400', undefined],
    ]);
  });

  it('does not mark a "from" whose "to" never comes within the clause', () => {
    const text =
      'Officials revised the count from 120 people in the north of the country where the ' +
      'floods hit the hardest in the first week of the rains that came early this year and ' +
      'stayed for months';
    expect(revisions(text)).toEqual([['120 people', undefined]]);
  });

  it('still marks both figures of a revision within one clause, across a comma', () => {
    expect(revisions('Officials revised the count, after a census, from 120 to 1,400.')).toEqual([
      ['120', 'from'],
      ['1,400', 'to'],
    ]);
  });
});

describe('a change between two levels, and the unit the two figures share', () => {
  const read = (text: string) =>
    // Intl puts a no-break space between a currency code and the figure.
    extractRanges(text).map((f) => [
      f.text,
      formatRange(f.range).replace(/\u00a0/g, ' '),
      f.revision,
    ]);

  it.each<[string, [string, string, string | undefined][]]>([
    [
      'Inflation rose from 5% to 7%.',
      [
        ['5%', '5%', 'from'],
        ['7%', '7%', 'to'],
      ],
    ],
    [
      'The average price fell to PHP55.96 from PHP56.06.',
      [
        ['PHP55.96', '₱55.96', 'to'],
        ['PHP56.06', '₱56.06', 'from'],
      ],
    ],
    // "from previously" is no figure after "from": only the new level is marked.
    [
      'Revenue is decreasing from 1.27 trillion baht to 1.03 trillion baht.',
      [
        ['1.27 trillion baht', 'THB 1.27 trillion', 'from'],
        ['1.03 trillion baht', 'THB 1.03 trillion', 'to'],
      ],
    ],
  ])('reads "from X to Y" right after a verb of change as two levels: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps "up to" a bound, and "up from" one figure without its partner', () => {
    expect(read('Reductions of up to 60% from current levels')).toEqual([
      ['up to 60%', 'up to 60%', undefined],
    ]);
    expect(read('Sales were 7%, up from 5%.')).toEqual([
      ['7%', '7%', undefined],
      ['5%', '5%', undefined],
    ]);
  });

  it('pairs each "to" with the nearest "from" before it, once', () => {
    expect(
      read('Income increased from $2,064 to $2,227, which is equivalent to Tk188,873.'),
    ).toEqual([
      ['$2,064', '$2,064', 'from'],
      ['$2,227', '$2,227', 'to'],
      ['Tk188,873', 'BDT 188,873', undefined],
    ]);
  });

  it('gives the old figure the unit written on the new one, as a range does', () => {
    expect(read('The IMF cut its growth forecast from 5.2 to 4.8 percent.')).toEqual([
      ['5.2', '5.2%', 'from'],
      ['4.8 percent', '4.8%', 'to'],
    ]);
    expect(read('The bank raised its forecast to 3 from 2.5 percent.')).toEqual([
      ['3', '3%', 'to'],
      ['2.5 percent', '2.5%', 'from'],
    ]);
    expect(read('Exports fell from 5 to 3 billion dollars.')).toEqual([
      ['5', '$5 billion', 'from'],
      ['3 billion dollars', '$3 billion', 'to'],
    ]);
  });

  it('shares a scale only when the figures then lie within ten times of each other', () => {
    expect(read('Officials revised the toll from 2 to 3 million.')).toEqual([
      ['2', '2 million', 'from'],
      ['3 million', '3 million', 'to'],
    ]);
    expect(read('Officials revised the toll from 500 to 1 million.')).toEqual([
      ['500', '500', 'from'],
      ['1 million', '1 million', 'to'],
    ]);
  });
});

describe('the two figures of a revision share a counted noun', () => {
  const units = (text: string) =>
    extractRanges(text).map((f) => [f.text, formatRange(f.range), f.revision]);

  it.each<[string, string[][]]>([
    [
      'revised the toll from 120 to 1,400 people',
      [
        ['120', '120 people', 'from'],
        ['1,400 people', '1,400 people', 'to'],
      ],
    ],
    [
      'the ministry revised the death toll to 1,400 from 120 people',
      [
        ['1,400', '1,400 people', 'to'],
        ['120 people', '120 people', 'from'],
      ],
    ],
    [
      'police revised the crowd from 500 to 1 million people',
      [
        ['500', '500 people', 'from'],
        ['1 million people', '1 million people', 'to'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it('gives no noun where the other figure has none, or a currency', () => {
    expect(units('revised the toll from 120 to 1,400')).toEqual([
      ['120', '120', 'from'],
      ['1,400', '1,400', 'to'],
    ]);
    expect(units('revised the estimate from $5 billion to $7 billion')[0]).toEqual([
      '$5 billion',
      '$5 billion',
      'from',
    ]);
  });
});

/**
 * The two figures of a revision share a unit, and the new one often names it: when the new
 * figure is refused, the old one alone would lose that unit and read as a bare number.
 */
describe('the two figures of a revision come together or not at all', () => {
  it.each([
    'The rupee fell from 83 to 84 per dollar.',
    'The toll was revised from 120 to 1,400 per dollar.',
    'The toll was revised to 1,400 per dollar from 120.',
  ])('drops the other figure when one is refused: %s', (text) => {
    expect(revisions(text)).toEqual([]);
  });

  it('keeps a pair that follows a refused one', () => {
    expect(
      revisions('The rupee fell from 83 to 84 per dollar; the toll was revised from 120 to 1,400.'),
    ).toEqual([
      ['120', 'from'],
      ['1,400', 'to'],
    ]);
  });

  it('keeps two pairs next to each other', () => {
    const text = 'Iran revised the toll to 26,271 from 41,000 and revised the count from 10 to 12.';
    expect(revisions(text)).toEqual([
      ['26,271', 'to'],
      ['41,000', 'from'],
      ['10', 'from'],
      ['12', 'to'],
    ]);
  });
});
