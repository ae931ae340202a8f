import { describe, expect, it } from 'vitest';
import { LOCAL_PREFIX_SOURCES, LOCAL_PREFIXES } from './local-currencies';

describe('local currency prefixes', () => {
  it('cite where each prefix is attested: one source for every entry, none for a prefix not in the table', () => {
    expect(Object.keys(LOCAL_PREFIX_SOURCES).sort()).toEqual(
      LOCAL_PREFIXES.map((p) => p.text).sort(),
    );
    for (const [text, source] of Object.entries(LOCAL_PREFIX_SOURCES)) {
      // A citation names an outlet or CLDR and quotes the form as written there ("Php5 billion").
      expect(source, text).toMatch(/press|CLDR|style|copy|government/);
      expect(source.toLowerCase(), text).toContain(`"${text.toLowerCase()}`);
    }
  });
});
