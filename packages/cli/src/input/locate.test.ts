import { describe, expect, it } from 'vitest';
import { locator } from './locate';

const JSON_TEXT = '{\n  "actors": [\n    { "id": "a" }\n  ]\n}';

describe('locator', () => {
  it('finds a path in JSON (the TSDoc example)', () => {
    expect(locator(JSON_TEXT)(['actors', 0, 'id'])).toEqual({ line: 3, column: 13 });
  });

  it('lands on the deepest node the source has, for a missing field', () => {
    expect(locator(JSON_TEXT)(['actors', 0, 'name'])).toEqual({ line: 3, column: 5 });
    expect(locator(JSON_TEXT)(['actors', 7])).toEqual({ line: 2, column: 13 });
    expect(locator(JSON_TEXT)([])).toEqual({ line: 1, column: 1 });
  });

  it('lands on a key itself when asked, for an unknown key', () => {
    expect(locator(JSON_TEXT)(['actors', 0], 'id')).toEqual({ line: 3, column: 7 });
  });

  it('finds paths in YAML', () => {
    const yaml = 'schemaVersion: "0.1"\nactors:\n  - id: a\n    kind: persn\n';
    expect(locator(yaml)(['actors', 0, 'kind'])).toEqual({ line: 4, column: 11 });
  });

  it('says nothing for an empty source', () => {
    expect(locator('')(['a'])).toBeUndefined();
  });
});
