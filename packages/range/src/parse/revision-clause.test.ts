import { describe, expect, it } from 'vitest';
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
