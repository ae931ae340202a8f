import { describe, expect, it } from 'vitest';
import { point } from '../range';
import { formatRange } from './format-range';
import { resolveFormat } from './options';

const five = point(5, 'USD');

describe('formatRange options: each refused with its own message', () => {
  it('says what the options must be, naming the option', () => {
    expect(() => formatRange(five, null as unknown as object)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: formatRange options must be an object like { style: 'short' }, got null]`,
    );
    expect(() =>
      formatRange(five, 'short' as unknown as object),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: formatRange options must be an object like { style: 'short' }, got "short"]`,
    );
    expect(() => formatRange(five, 2 as unknown as object)).toThrow(
      expect.objectContaining({ field: 'options' }),
    );
    expect(() => formatRange(five, { style: 5 as unknown as 'long' })).toThrow(
      expect.objectContaining({ field: 'style', message: expect.stringContaining('got number') }),
    );
    expect(() => formatRange(five, { locale: 'not a locale!' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: formatRange option "locale" must be a BCP 47 locale such as 'en' or 'en-GB', got "not a locale!"]`,
    );
    expect(() => formatRange(five, { locale: 7 as unknown as string })).toThrow(
      expect.objectContaining({ field: 'locale', message: expect.stringContaining('got number') }),
    );
  });

  it('takes 1 to 21 significant figures, and says so otherwise', () => {
    expect(formatRange(point(1234.5, 'USD'), { sigFigs: 21 })).toBe('$1,234.50000000000000000');
    expect(() => formatRange(five, { sigFigs: 22 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: formatRange option "sigFigs" must be an integer from 1 to 21, got 22]`,
    );
    expect(() => formatRange(five, { sigFigs: 2.5 })).toThrow(
      expect.objectContaining({ field: 'sigFigs' }),
    );
    expect(() =>
      formatRange(five, { sigFigs: '2' as unknown as number }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: formatRange option "sigFigs" must be an integer from 1 to 21, got "2"]`,
    );
  });

  it('writes English words for English locales only', () => {
    expect(resolveFormat({ locale: 'en-GB' }, undefined).english).toBe(true);
    expect(resolveFormat({ locale: 'en' }, undefined).english).toBe(true);
    expect(resolveFormat({ locale: 'de' }, undefined).english).toBe(false);
    expect(resolveFormat({ locale: 'fr-CA' }, undefined).english).toBe(false);
    expect(resolveFormat(undefined, 3)).toEqual({
      locale: 'en',
      english: true,
      style: 'long',
      percent: false,
      sigFigs: 3,
    });
  });
});
