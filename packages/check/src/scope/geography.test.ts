import type { CountryCode, Geography } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { samePlace, scopeRelation } from './geography';
import { scopeWords } from './geography-words';

const country = (code: CountryCode): Geography => ({ kind: 'country', code });
const sea: Geography = {
  kind: 'region',
  name: 'Southeast Asia',
  countries: ['KH', 'LA', 'MM', 'TH'],
};
const bareSea: Geography = { kind: 'region', name: 'southeast asia ' };
const three = [country('KH'), country('MM'), country('LA')];

describe('scopeRelation', () => {
  it('places a country within a region that lists it, and the region around it', () => {
    expect(scopeRelation([country('KH')], [sea])).toBe('within');
    expect(scopeRelation([sea], three)).toBe('contains');
  });

  it('tells the same places apart from overlapping and disjoint ones', () => {
    expect(scopeRelation(three, [country('LA'), country('KH'), country('MM')])).toBe('same');
    expect(scopeRelation([sea], [country('KH'), country('LA'), country('MM'), country('TH')])).toBe(
      'same',
    );
    expect(scopeRelation([country('KH'), country('VN')], [sea])).toBe('overlaps');
    expect(scopeRelation([country('FR')], [sea])).toBe('disjoint');
  });

  it('matches regions by name, and knows nothing more of a region without its countries', () => {
    expect(scopeRelation([sea], [bareSea])).toBe('same');
    expect(scopeRelation([country('KH')], [bareSea])).toBe('unknown');
    expect(scopeRelation(undefined, [sea])).toBe('unknown');
  });

  it('counts a subdivision as part of its country, never as all of it', () => {
    const phnomPenh: Geography = { kind: 'subdivision', code: 'KH-12' };
    expect(scopeRelation([phnomPenh], [country('KH')])).toBe('within');
    expect(scopeRelation([country('KH')], [phnomPenh])).toBe('contains');
    expect(scopeRelation([phnomPenh], [country('LA')])).toBe('disjoint');
  });

  it('counts two unstated scopes as the same place, one unstated scope as unknown', () => {
    expect(samePlace(undefined, undefined)).toBe(true);
    expect(samePlace(undefined, [sea])).toBe(false);
  });
});

describe('scopeWords', () => {
  it('names places in English prose', () => {
    expect(scopeWords(three)).toBe('Cambodia, Myanmar and Laos');
    expect(scopeWords([sea])).toBe('Southeast Asia');
    expect(scopeWords(undefined)).toBe('place not stated');
  });
});
