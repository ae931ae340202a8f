import { describe, expect, it } from 'vitest';
import { extractRanges } from './extract-ranges';

/**
 * A share is often the subject of its sentence, and the base it is of runs up to the verb:
 * "About 12% of the population lives on less than $2.15 a day" is a share of "the
 * population". The base used to run on into the verb ("the population lives"), and in "30%
 * of the cocoa farmers earn less than $1 a day" it took the "less" of the figure after it,
 * which then lost its bound.
 */
const bases = (text: string) => extractRanges(text).map((f) => [f.text, f.context?.base]);

describe('the verb after a share ends its base', () => {
  it.each([
    ['Half of all new jobs went to women.', 'Half', 'all new jobs'],
    ['More than 80% of the world’s poor live in rural areas.', 'More than 80%', 'the world’s poor'],
    ['About 12% of the population lives on little.', 'About 12%', 'the population'],
    ['Less than 5% of the budget goes to health.', 'Less than 5%', 'the budget'],
    [
      'At least 30% of the ministry’s staff work on contracts.',
      'At least 30%',
      'the ministry’s staff',
    ],
    ['Only a third of girls finish secondary school.', 'a third', 'girls'],
    ['Almost 40 percent of Americans own a gun.', 'Almost 40 percent', 'Americans'],
    [
      'About 15% of the nation’s electricity comes from coal.',
      'About 15%',
      'the nation’s electricity',
    ],
    ['Some 20% of hospital beds remain empty.', 'Some 20%', 'hospital beds'],
    ['Only 4% of reported rapes led to a charge.', '4%', 'reported rapes'],
    [
      'More than half of the country’s population relies on farming.',
      'More than half',
      'the country’s population',
    ],
    ['Nearly 60% of respondents said they trust the news.', 'Nearly 60%', 'respondents'],
    [
      'Some 84.5 percent of the population still live in poverty.',
      'Some 84.5 percent',
      'the population',
    ],
    ['Nearly 70% of young people use social media daily.', 'Nearly 70%', 'young people'],
  ])('%s', (text, span, base) => {
    expect(bases(text)[0]).toEqual([span, base]);
  });

  it('leaves the figure after the verb its own words', () => {
    expect(bases('About 30% of the cocoa farmers earn less than $1 a day.')).toEqual([
      ['About 30%', 'the cocoa farmers'],
      ['less than $1 a day', undefined],
    ]);
  });

  it.each([
    ['Imports meet 60% of its energy needs.', 'its energy needs'],
    ['Audits found errors in 40% of tax returns.', 'tax returns'],
    ['The rule covers 70% of capital flows.', 'capital flows'],
    ['Delays hit 25% of hospital stays.', 'hospital stays'],
    ['Farms make up 30% of land use in the region.', 'land use'],
    ['The party won 40% of the popular votes.', 'the popular votes'],
  ])('keeps a compound whose second noun looks like a verb: %s', (text, base) => {
    expect(bases(text)[0]?.[1]).toBe(base);
  });
});

describe('where else a base ends', () => {
  it.each([
    ['Deficits were 5% of GDP last year.', 'GDP'],
    ['It was 5% of GDP this year.', 'GDP'],
    ['It costs around 4.5 percent of GDP annually.', 'GDP'],
    ['It was 5% of sales each year.', 'sales'],
    ['Debt hit 80% of GDP overall.', 'GDP'],
    ['They contribute around half of global growth this year.', 'global growth'],
  ])('ends at a time or an adverb after the noun: %s', (text, base) => {
    expect(bases(text).at(-1)?.[1]).toBe(base);
  });

  it.each([
    ['It is 5% of this year’s budget.', 'this year’s budget'],
    ['It is 5% of last year’s output.', 'last year’s output'],
    ['It is 5% of the next generation.', 'the next generation'],
  ])('keeps such a word before the noun: %s', (text, base) => {
    expect(bases(text)[0]?.[1]).toBe(base);
  });

  it('ends at a pronoun, a whole noun phrase', () => {
    expect(bases('It killed 250,000 people, half of them children under five.')).toContainEqual([
      'half',
      'them',
    ]);
  });

  it.each([
    ['Cases rose by a third among children under 5.', 'rose by a third'],
    ['Deaths fell by a quarter across the region’s hospitals.', 'fell by a quarter'],
  ])('does not take a phrase after a preposition as the group of a share: %s', (text, span) => {
    expect(bases(text)[0]).toEqual([span, undefined]);
  });

  it('still reads the group right after a share', () => {
    expect(bases('Four in every 1,000 residents were displaced.')).toEqual([
      ['Four in every 1,000 residents', 'residents'],
    ]);
  });
});
