import { ReckonError } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { BriefOptionsError } from './errors';
import { type BriefOptions, resolveOptions, SECTION_NAMES } from './options';

/** Calls `resolveOptions` with a value the types would refuse, as JavaScript callers can. */
const resolveAny = (options: unknown) => resolveOptions(options as BriefOptions);

function thrown(options: unknown): BriefOptionsError {
  try {
    resolveAny(options);
  } catch (error) {
    if (error instanceof BriefOptionsError) return error;
    throw error;
  }
  throw new Error('expected a BriefOptionsError');
}

describe('resolveOptions', () => {
  it('fills in every default (the TSDoc example)', () => {
    expect(resolveOptions()).toEqual({
      headingDepth: 1,
      locale: 'en',
      rangeStyle: 'long',
      sections: ['summary', 'estimates', 'chart', 'implications', 'findings', 'responses'],
      linkStyle: 'footnote',
      dateFormat: 'long',
      chart: undefined,
    });
    expect(resolveOptions({ headingDepth: 2 }).sections).toEqual([
      'summary',
      'estimates',
      'chart',
      'implications',
      'findings',
      'responses',
    ]);
  });

  it('keeps what the caller chose, canonicalising the locale', () => {
    const resolved = resolveOptions({
      headingDepth: 4,
      locale: 'EN-gb',
      rangeStyle: 'short',
      sections: ['responses', 'estimates'],
      linkStyle: 'inline',
      dateFormat: 'iso',
      chart: { path: 'charts/revenue.svg', alt: 'Revenue estimates' },
    });
    expect(resolved).toEqual({
      headingDepth: 4,
      locale: 'en-GB',
      rangeStyle: 'short',
      sections: ['responses', 'estimates'],
      linkStyle: 'inline',
      dateFormat: 'iso',
      chart: { path: 'charts/revenue.svg', alt: 'Revenue estimates' },
    });
  });

  it('accepts an http(s) chart URL and a protocol-relative path, and gives a default alt', () => {
    expect(resolveOptions({ chart: { path: 'https://example.org/c.svg' } }).chart).toEqual({
      path: 'https://example.org/c.svg',
      alt: 'Chart of the estimates',
    });
    expect(resolveOptions({ chart: { path: '../charts/c.svg' } }).chart?.path).toBe(
      '../charts/c.svg',
    );
  });

  it('ignores a dossier riding along (the entity renderers take one)', () => {
    expect(resolveAny({ dossier: {} }).headingDepth).toBe(1);
  });

  it('returns frozen options, so one build cannot change another', () => {
    const resolved = resolveOptions({ sections: ['estimates'] });
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.sections)).toBe(true);
  });

  it('refuses what is not an object', () => {
    expect(() => resolveAny(null)).toThrowError(
      new BriefOptionsError(
        "brief options must be an object like { locale: 'en' }, got null",
        'options',
      ),
    );
    expect(thrown('en').message).toBe(
      'brief options must be an object like { locale: \'en\' }, got "en"',
    );
  });

  it('refuses an unknown option and lists the known ones', () => {
    const error = thrown({ headingLevel: 2 });
    expect(error.option).toBe('headingLevel');
    expect(error.message).toBe(
      `brief option "headingLevel" is not known; the options are 'headingDepth', 'locale', 'rangeStyle', 'sections', 'linkStyle', 'dateFormat', 'chart'`,
    );
  });

  it('refuses a heading depth that is not an integer from 1 to 4', () => {
    for (const depth of [0, 5, 1.5, '2', Number.NaN]) {
      const error = thrown({ headingDepth: depth });
      expect(error.option).toBe('headingDepth');
      expect(error.code).toBe('BRIEF_OPTIONS');
    }
    expect(thrown({ headingDepth: 7 }).message).toBe(
      'brief option "headingDepth" must be an integer from 1 to 4 (the brief uses three levels of heading below it), got 7',
    );
  });

  it('refuses an unknown or repeated section, naming its index', () => {
    const unknown = thrown({ sections: ['estimates', 'tables'] });
    expect(unknown.option).toBe('sections[1]');
    expect(unknown.message).toBe(
      `brief option "sections[1]" must be one of ${SECTION_NAMES.map((s) => `'${s}'`).join(', ')}, got "tables"`,
    );
    const repeated = thrown({ sections: ['estimates', 'findings', 'estimates'] });
    expect(repeated.message).toBe(
      `brief option "sections[2]" repeats 'estimates'; list each section once`,
    );
    expect(thrown({ sections: 'estimates' }).option).toBe('sections');
  });

  it('refuses a bad locale, style, link style or date format', () => {
    expect(thrown({ locale: 'not a locale!' }).message).toBe(
      `brief option "locale" must be a BCP 47 locale such as 'en' or 'en-GB', got "not a locale!"`,
    );
    expect(thrown({ rangeStyle: 'narrow' }).message).toBe(
      `brief option "rangeStyle" must be one of 'long', 'short', got "narrow"`,
    );
    expect(thrown({ linkStyle: 'reference' }).option).toBe('linkStyle');
    expect(thrown({ dateFormat: 'us' }).option).toBe('dateFormat');
  });

  it('refuses a chart path with an unsafe scheme, a space or a line break, and a blank alt', () => {
    for (const path of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      'vbscript:x',
      'file:///c.svg',
      'C:\\c.svg',
      'a b.svg',
      'a\nb.svg',
      '',
      '<c.svg>',
    ]) {
      expect(thrown({ chart: { path } }).option, path).toBe('chart.path');
    }
    expect(thrown({ chart: { path: 'c.svg', alt: ' ' } }).option).toBe('chart.alt');
    expect(thrown({ chart: 'c.svg' }).option).toBe('chart');
  });

  it('throws errors a caller can catch as ReckonError', () => {
    expect(thrown({ headingDepth: 0 })).toBeInstanceOf(ReckonError);
  });
});
