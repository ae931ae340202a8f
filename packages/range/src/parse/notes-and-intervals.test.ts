import { describe, expect, it } from 'vitest';
import { rangeToJSON } from '../json';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

/**
 * What a range stands for, as the words around it say: a parenthetical after it ("(95% CI)",
 * "(scenarios)", "(central $15 million)") or a stated interval before it ("the 90% credible
 * interval ranges from 10 to 20"). A note that cannot belong to the range (a level of 0% or
 * 100%, a central value outside it) is not its note, and its figure is read on its own.
 */
const read = (phrase: string) => rangeToJSON(parseRange(phrase));
const texts = (text: string) => extractRanges(text).map((f) => f.text);
const tenToTwenty = { low: 10e6, high: 20e6, unit: 'USD', sigFigs: 2 };

describe('a note after a range', () => {
  it.each<[string, object]>([
    ['(95% CI)', { kind: 'interval', level: 0.95 }],
    ['(90 % CI)', { kind: 'interval', level: 0.9 }],
    // The level in words, as the lead of a stated interval takes it.
    ['(95 percent interval)', { kind: 'interval', level: 0.95 }],
    ['(90 per cent confidence interval)', { kind: 'interval', level: 0.9 }],
    ['(scenarios)', { kind: 'scenarios' }],
    ['(low and high scenarios)', { kind: 'scenarios' }],
    ['(plus-minus)', { kind: 'plus-minus' }],
  ])('$10 to $20 million %s', (note, meaning) => {
    expect(read(`$10 to $20 million ${note}`)).toEqual({ ...tenToTwenty, meaning });
  });

  it.each([
    '$10 to $20 million (central $15 million) (90% interval)',
    '$10 to $20 million (90% interval) (central $15 million)',
  ])('reads a central value and a level in either order: %s', (phrase) => {
    expect(read(phrase)).toEqual({
      ...tenToTwenty,
      central: 15e6,
      meaning: { kind: 'interval', level: 0.9 },
    });
  });

  it('takes a central value without a unit in the range unit', () => {
    expect(read('10 to 20% (central 15)')).toEqual({
      low: 10,
      high: 20,
      unit: '%',
      central: 15,
      sigFigs: 2,
    });
  });

  it.each<[string, string]>([
    // Outside the range, or in another unit: not this range's central value.
    ['$10 to $20 million (central $25 million)', '$25 million'],
    ['$10 to $20 million (central 15%)', '15%'],
    // A second central value is not read as a note.
    ['$10 to $20 million (central $15 million) (central $16 million)', '$16 million'],
    // No interval has a level of 0% or 100%.
    ['$10 to $20 million (100% interval)', '100%'],
    ['$10 to $20 million (0% interval)', '0%'],
    // An unclosed note, or a range that is not an interval.
    ['$10 to $20 million (90% interval', '90%'],
    ['$10 to $20 million (90% range)', '90%'],
  ])('does not take "%s" as a note: %s is a figure of its own', (text, figure) => {
    expect(texts(text)).toContain(figure);
  });
});

describe('a stated interval before a range', () => {
  it.each<[string, number]>([
    ['the 90% credible interval ranges from 10 to 20', 0.9],
    ['the 95% CI: 10 to 20', 0.95],
    ['the 95% CI is from 10 to 20', 0.95],
  ])('%s', (phrase, level) => {
    expect(read(phrase)).toEqual({
      low: 10,
      high: 20,
      unit: '1',
      meaning: { kind: 'interval', level },
      sigFigs: 2,
    });
  });

  it.each([
    // One figure is not an interval.
    ['the 95% CI was 12', '12'],
    // Nor is a level of 100%, or one written with an exponent.
    ['a 100% CI of 10 to 20', '10 to 20'],
    ['the 1e1% CI of 10 to 20', '10 to 20'],
  ])('does not read "%s" as an interval', (text, figure) => {
    const found = extractRanges(text);
    expect(found.map((f) => f.text)).toContain(figure);
    expect(found.map((f) => f.range.meaning.kind)).not.toContain('interval');
  });
});

describe('how far the notes reach', () => {
  it('takes a signed central value, and a central value and a meaning together', () => {
    expect(parseRange('-10 to -5% (central -7%)').central).toBe(-7);
    const both = parseRange('$10 to $20 million (central $15 million) (scenarios)');
    expect([both.central, both.meaning]).toEqual([15e6, { kind: 'scenarios' }]);
  });

  it('takes a central value in words joined by "and"', () => {
    expect(parseRange('100 to 200 people (central one hundred and five)').central).toBe(105);
  });

  it('ends the phrase at the closing parenthesis of its last note, and reads two notes at most', () => {
    expect(texts('10 to 20% (scenarios) and more text')).toEqual(['10 to 20% (scenarios)']);
    expect(texts('10 to 20% (central 15%) (90% interval) (scenarios) then')).toEqual([
      '10 to 20% (central 15%) (90% interval)',
    ]);
  });

  it('leaves a parenthesis that goes on after its figure to be read on its own', () => {
    expect(texts('10 to 20% (central 15% of GDP) then')).toEqual(['10 to 20%', '15%']);
  });
});
