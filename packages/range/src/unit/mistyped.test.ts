import { describe, expect, it } from 'vitest';
import { mistypedAtom } from './mistyped';

describe('mistypedAtom', () => {
  it('suggests the code for a currency code in lower case', () => {
    expect(mistypedAtom('usd')).toBe('USD');
    expect(mistypedAtom('khr')).toBe('KHR');
  });

  it('suggests the code for a currency name, and year for annum', () => {
    expect(mistypedAtom('dollars')).toBe('USD');
    expect(mistypedAtom('riel')).toBe('KHR');
    expect(mistypedAtom('annum')).toBe('year');
  });

  it('suggests the time word one slip away: insertion, deletion, substitution, swap', () => {
    expect(mistypedAtom('yeer')).toBe('year');
    expect(mistypedAtom('mnth')).toBe('month');
    expect(mistypedAtom('weeks')).toBeUndefined(); // a time word itself, read before this check
    expect(mistypedAtom('yaer')).toBe('year');
    expect(mistypedAtom('dayys')).toBe('day');
    expect(mistypedAtom('hourz')).toBe('hour');
  });

  it('takes a plural of a time abbreviation for the time unit, so no unit prints as another', () => {
    expect(mistypedAtom('ds')).toBe('day');
    expect(mistypedAtom('hs')).toBe('hour');
  });

  it('leaves real count nouns alone', () => {
    for (const noun of [
      'people',
      'victims',
      'compounds',
      'workers',
      'tour',
      'tours',
      'way',
      'dey',
      'yards',
      'hours-long',
    ]) {
      expect(mistypedAtom(noun), noun).toBeUndefined();
    }
  });
});

describe('mistypedAtom: one slip, not two', () => {
  it('leaves words two edits from a time word alone', () => {
    // Two neighbouring substitutions, a swap then a substitution, a deletion then a substitution.
    expect(['yezz', 'yaexs', 'mxnt'].map(mistypedAtom)).toEqual([undefined, undefined, undefined]);
  });

  it('looks up a currency name only in its singular or plural', () => {
    expect(mistypedAtom('sdollar')).toBeUndefined();
    expect(mistypedAtom('dollars')).toBe('USD');
  });
});
