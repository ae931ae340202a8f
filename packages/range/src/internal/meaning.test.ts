import { describe, expect, it } from 'vitest';
import type { Meaning } from '../range';
import {
  BOUNDS,
  checkMeaning,
  intervalMeaning,
  PLUS_MINUS,
  SCENARIOS,
  sameMeaning,
} from './meaning';

describe('checkMeaning', () => {
  it('gives the shared meaning of each kind, and a fresh interval with its level', () => {
    expect(checkMeaning({ kind: 'bounds' })).toBe(BOUNDS);
    expect(checkMeaning({ kind: 'scenarios' })).toBe(SCENARIOS);
    expect(checkMeaning({ kind: 'plus-minus' })).toBe(PLUS_MINUS);
    expect(checkMeaning({ kind: 'interval', level: 0.9 })).toEqual({
      kind: 'interval',
      level: 0.9,
    });
    expect(checkMeaning({ kind: 'interval', level: Number.MIN_VALUE })).toEqual({
      kind: 'interval',
      level: Number.MIN_VALUE,
    });
  });

  it('refuses what is not an object, naming what a meaning is', () => {
    for (const value of [null, 'bounds', ['bounds'], 1]) {
      expect(() => checkMeaning(value)).toThrow(expect.objectContaining({ field: 'meaning' }));
    }
    expect(() => checkMeaning('bounds')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: meaning must be an object { kind } with kind 'bounds', 'scenarios', 'plus-minus' or 'interval' (with a level), got the string "bounds"]`,
    );
    expect(() => checkMeaning(['bounds'])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: meaning must be an object { kind } with kind 'bounds', 'scenarios', 'plus-minus' or 'interval' (with a level), got an array]`,
    );
  });

  it('refuses an unknown kind, and a level on anything but an interval', () => {
    expect(() => checkMeaning({ kind: 'range' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: meaning.kind must be 'bounds', 'scenarios', 'plus-minus' or 'interval' (with a level), got the string "range"]`,
    );
    expect(() =>
      checkMeaning({ kind: 'scenarios', level: 0.9 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: meaning has an unknown field "level": only an interval has a level]`,
    );
    expect(() => checkMeaning({ kind: 'interval', level: 0.9, note: 'x' })).toThrow(
      expect.objectContaining({ field: 'meaning.note' }),
    );
  });

  it('refuses a level that is not a number strictly between 0 and 1', () => {
    for (const level of [0, 1, -0.5, 1.5, '0.9', undefined, Number.NaN]) {
      expect(() => checkMeaning({ kind: 'interval', level })).toThrow(
        expect.objectContaining({ field: 'meaning.level' }),
      );
    }
  });
});

describe('sameMeaning', () => {
  it('compares kinds, and the levels of intervals', () => {
    const ninety: Meaning = intervalMeaning(0.9);
    expect(sameMeaning(ninety, intervalMeaning(0.9))).toBe(true);
    expect(sameMeaning(ninety, intervalMeaning(0.8))).toBe(false);
    expect(sameMeaning(ninety, BOUNDS)).toBe(false);
    expect(sameMeaning(BOUNDS, ninety)).toBe(false);
    expect(sameMeaning(BOUNDS, { kind: 'bounds' })).toBe(true);
    expect(sameMeaning(SCENARIOS, PLUS_MINUS)).toBe(false);
  });
});
