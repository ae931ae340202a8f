import { describe, expect, it } from 'vitest';
import { LOCAL_PREFIX_SOURCES, LOCAL_PREFIXES } from './local-currencies';

describe('local currency prefixes', () => {
  it('cite where each prefix is attested: one source for every entry, none for a prefix not in the table', () => {
    expect(Object.keys(LOCAL_PREFIX_SOURCES).sort()).toEqual(
      LOCAL_PREFIXES.map((p) => p.text).sort(),
    );
    for (const [text, source] of Object.entries(LOCAL_PREFIX_SOURCES)) {
      // A citation names where the form is written; an empty string would cite nothing.
      expect(source.trim().length, text).toBeGreaterThan(0);
    }
  });
});
