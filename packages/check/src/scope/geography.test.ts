import type { CountryCode, Geography } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { samePlace, scopeKey, scopeRelation } from './geography';
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
    expect(scopeRelation([sea], undefined)).toBe('unknown');
    expect(scopeRelation([bareSea], [country('KH')])).toBe('unknown');
    // Two regions known only by name are the same only by the same name.
    expect(scopeRelation([bareSea], [{ kind: 'region', name: 'Mekong' }])).toBe('unknown');
  });

  it('counts a subdivision as part of its country, never as all of it', () => {
    const phnomPenh: Geography = { kind: 'subdivision', code: 'KH-12' };
    expect(scopeRelation([phnomPenh], [country('KH')])).toBe('within');
    expect(scopeRelation([country('KH')], [phnomPenh])).toBe('contains');
    expect(scopeRelation([phnomPenh], [country('LA')])).toBe('disjoint');
  });

  it('relates subdivisions to one another and to countries, in either order', () => {
    const phnomPenh: Geography = { kind: 'subdivision', code: 'KH-12' };
    const siemReap: Geography = { kind: 'subdivision', code: 'KH-17' };
    // Two subdivisions of one country are different places.
    expect(scopeRelation([phnomPenh], [siemReap])).toBe('disjoint');
    expect(scopeRelation([phnomPenh], [phnomPenh, country('LA')])).toBe('within');
    expect(scopeRelation([phnomPenh, country('LA')], [phnomPenh])).toBe('contains');
    // Overlaps found through a shared country, or a subdivision of a country on the other side.
    expect(scopeRelation([phnomPenh, country('LA')], [country('LA'), country('TH')])).toBe(
      'overlaps',
    );
    expect(scopeRelation([phnomPenh, country('TH')], [country('KH'), country('LA')])).toBe(
      'overlaps',
    );
    expect(scopeRelation([country('KH'), country('TH')], [phnomPenh, country('LA')])).toBe(
      'overlaps',
    );
    // A subdivision of a country already listed adds nothing to the place.
    expect(scopeRelation([country('KH'), phnomPenh], [country('KH')])).toBe('same');
  });

  it('tells a place from one with more names, and from one with the same number of others', () => {
    expect(scopeRelation([country('KH'), country('MM')], [country('KH')])).toBe('contains');
    expect(scopeRelation([country('KH')], [country('KH'), country('MM')])).toBe('within');
    expect(scopeRelation([country('KH'), country('MM')], [country('KH'), country('LA')])).toBe(
      'overlaps',
    );
  });

  it('counts two unstated scopes as the same place, one unstated scope as unknown', () => {
    expect(samePlace(undefined, undefined)).toBe(true);
    expect(samePlace(undefined, [sea])).toBe(false);
    expect(samePlace([sea], undefined)).toBe(false);
  });
});

describe('scopeKey', () => {
  it('keys a place by its countries and subdivisions, in order, whatever names them', () => {
    expect(scopeKey(undefined)).toBe('none');
    expect(scopeKey([country('KH')])).toBe('places:KH|');
    expect(scopeKey([sea])).toBe('places:KH,LA,MM,TH|');
    expect(scopeKey([country('TH'), sea, country('KH')])).toBe(scopeKey([sea]));
    expect(scopeKey([country('LA'), { kind: 'subdivision', code: 'KH-12' }])).toBe(
      'places:LA|KH-12',
    );
    expect(
      scopeKey([
        { kind: 'subdivision', code: 'KH-17' },
        { kind: 'subdivision', code: 'KH-12' },
      ]),
    ).toBe('places:|KH-12,KH-17');
    // A subdivision of a listed country is part of it.
    expect(scopeKey([country('KH'), { kind: 'subdivision', code: 'KH-12' }])).toBe('places:KH|');
  });

  it('keys a region without its countries by its names, trimmed, lower-cased, sorted, once each', () => {
    expect(scopeKey([bareSea])).toBe('names:region:southeast asia');
    expect(scopeKey([country('VN'), bareSea, { kind: 'region', name: 'Southeast Asia' }])).toBe(
      'names:country:VN,region:southeast asia',
    );
    expect(scopeKey([{ kind: 'subdivision', code: 'KH-12' }, bareSea])).toBe(
      'names:region:southeast asia,subdivision:KH-12',
    );
  });
});

describe('scopeWords', () => {
  it('names places in English prose', () => {
    expect(scopeWords(three)).toBe('Cambodia, Myanmar and Laos');
    expect(scopeWords([sea])).toBe('Southeast Asia');
    expect(scopeWords(undefined)).toBe('place not stated');
    expect(scopeWords([{ kind: 'subdivision', code: 'KH-12' }])).toBe('KH-12 (Cambodia)');
  });
});
