import { describe, expect, it } from 'vitest';
import { countNoun } from './nouns';

/**
 * Which words after a number are the noun it counts. A count is plural unless the number is
 * exactly one; the word must look like an English noun as a newsroom writes it.
 */
describe('countNoun', () => {
  it.each<[string, boolean, string | undefined]>([
    ['victims', false, 'victims'],
    ['Cambodians', false, 'cambodians'],
    ['people', false, 'people'],
    ['person', true, 'person'],
    // Without "one" before it, a singular is no count.
    ['person', false, undefined],
    // -men plurals, but not a word of four letters or fewer.
    ['gunmen', false, 'gunmen'],
    ['women', false, 'women'],
    ['amen', false, undefined],
    // Words in -ss and -us are singular; so is "as", too short to be a plural.
    ['class', false, undefined],
    ['census', false, undefined],
    ['as', false, undefined],
    // A capitalised -is word is a people, unless it is a -sis or -tis noun.
    ['Bangladeshis', false, 'bangladeshis'],
    ['Analysis', false, undefined],
    ['Hepatitis', false, undefined],
    ['basis', false, undefined],
    // In lower case, a word in -is is no people either ("5 tennis courts").
    ['tennis', false, undefined],
    // Only a final -sis or -tis keeps a people out: Sistanis begins with "sis".
    ['Sistanis', false, 'sistanis'],
    // Three letters are enough for a plural; two are not ("3 Bs and 2 Cs").
    ['ads', false, 'ads'],
    ['Bs', false, undefined],
  ])('%s (after one: %s) is %s', (word, one, noun) => {
    expect(countNoun(word, one)).toBe(noun);
  });

  it('takes ASCII letters only, all lower case or capitalised, two to thirty long', () => {
    expect(countNoun('s', false)).toBeUndefined();
    expect(countNoun(`${'a'.repeat(29)}s`, false)).toBe(`${'a'.repeat(29)}s`);
    expect(countNoun(`${'a'.repeat(30)}s`, false)).toBeUndefined();
    expect(countNoun('cafés', false)).toBeUndefined();
    expect(countNoun('COVIDs', false)).toBeUndefined();
    expect(countNoun('iPhones', false)).toBeUndefined();
    // A capital after the first letter, at either end of A-Z, is no noun.
    expect(countNoun('bAnks', false)).toBeUndefined();
    expect(countNoun('oZones', false)).toBeUndefined();
    expect(countNoun('Zambians', false)).toBe('zambians');
    // One letter is no noun, even after one ("grade 1 B").
    expect(countNoun('B', true)).toBeUndefined();
    expect(countNoun('x', true)).toBeUndefined();
    // Digits and signs are not letters.
    expect(countNoun('mp3s', false)).toBeUndefined();
    expect(countNoun("o'clocks", false)).toBeUndefined();
  });
});
