import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors';
import { checkLocale, checkStyle } from './check-options';

describe('checkLocale', () => {
  it('returns the canonical tag, and refuses what is not one (the TSDoc example)', () => {
    expect(checkLocale('en-gb')).toBe('en-GB');
    expect(() => checkLocale('en_GB')).toThrow(UsageError);
  });

  it('passes through an option not given', () => {
    expect(checkLocale(undefined)).toBeUndefined();
  });
});

describe('checkStyle', () => {
  it('accepts long and short only (the TSDoc example)', () => {
    expect(checkStyle('render', 'short')).toBe('short');
    expect(checkStyle('render', 'long')).toBe('long');
    expect(checkStyle('render', undefined)).toBeUndefined();
    expect(() => checkStyle('render', 'tiny')).toThrow(
      '--style "tiny" is not one of long, short (reckon render)',
    );
  });
});
