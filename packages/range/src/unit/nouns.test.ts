import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNoun, isInvariantNoun, singularNoun } from './nouns';

describe('count nouns', () => {
  it('are singular/plural-insensitive, canonically plural', () => {
    const pairs = [
      ['person', 'people'],
      ['victim', 'victims'],
      ['compound', 'compounds'],
      ['worker', 'workers'],
      ['company', 'companies'],
      ['child', 'children'],
      ['bus', 'buses'],
      ['business', 'businesses'],
      ['house', 'houses'],
      ['box', 'boxes'],
      ['analysis', 'analyses'],
      ['bangladeshi', 'bangladeshis'],
      ['taxi', 'taxis'],
    ] as const;
    for (const [singular, plural] of pairs) {
      expect([canonicalNoun(singular), canonicalNoun(plural), singularNoun(plural)]).toEqual([
        plural,
        plural,
        singular,
      ]);
    }
    expect(canonicalNoun('staff')).toBe('staff');
  });

  it('keep a people whose name is the same in the plural as one form', () => {
    for (const people of ['chinese', 'rohingya', 'swiss', 'vietnamese', 'khmer']) {
      expect([canonicalNoun(people), singularNoun(people), isInvariantNoun(people)]).toEqual([
        people,
        people,
        true,
      ]);
    }
    expect(isInvariantNoun('victim')).toBe(false);
    expect([canonicalNoun('cheese'), canonicalNoun('diocese')]).toEqual(['cheeses', 'dioceses']);
  });

  it('round-trips: canonicalNoun(singularNoun(p)) is p for every canonical plural p', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => {
        const plural = canonicalNoun(word);
        expect(canonicalNoun(singularNoun(plural))).toBe(plural);
        expect(canonicalNoun(plural)).toBe(plural);
      }),
      { numRuns: 2000 },
    );
  });
});
