import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './country-codes';

describe('COUNTRY_CODES', () => {
  it('lists 249 assigned codes and XK, without repeats', () => {
    expect(COUNTRY_CODES.length).toBe(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    expect(COUNTRY_CODES).toContain('XK');
  });

  it('names a region the runtime knows for every code (no typo passes as a country)', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });

  it('holds the countries of the seed case and leaves out reserved codes', () => {
    for (const code of ['KH', 'MM', 'LA', 'US', 'CN', 'GB']) expect(COUNTRY_CODES).toContain(code);
    for (const code of ['UK', 'EU', 'SU', 'YU', 'ZZ', 'AN'])
      expect(COUNTRY_CODES).not.toContain(code);
  });
});
