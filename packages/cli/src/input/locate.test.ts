import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { jsonPlacer, yamlPlacer } from './locate';

const JSON_TEXT = '{\n  "actors": [\n    { "id": "a" }\n  ]\n}';

describe('jsonPlacer', () => {
  it('places a path, and a key (the TSDoc example)', () => {
    expect(
      jsonPlacer(JSON_TEXT)([{ path: ['actors', 0, 'id'] }, { path: ['actors', 0], key: 'id' }]),
    ).toEqual([
      { line: 3, column: 13 },
      { line: 3, column: 7 },
    ]);
  });

  it('lands on the deepest node the source has, for a missing field', () => {
    expect(
      jsonPlacer(JSON_TEXT)([
        { path: ['actors', 0, 'name'] },
        { path: ['actors', 7] },
        { path: [] },
        { path: ['actors', 'x'] },
      ]),
    ).toEqual([
      { line: 3, column: 5 },
      { line: 2, column: 13 },
      { line: 1, column: 1 },
      { line: 2, column: 13 },
    ]);
  });

  it('reads escaped keys, strings holding brackets, and elements past nested arrays', () => {
    const text = '{"a\\u0062": [[1, "]"], {"x": "}"}, 7]}';
    expect(jsonPlacer(text)([{ path: ['ab', 2] }, { path: ['ab', 1, 'x'] }])).toEqual([
      { line: 1, column: 36 },
      { line: 1, column: 30 },
    ]);
  });

  it('places 10,000 issues in a 1 MB array of zeros in one pass', () => {
    const text = `{"zz":[${Array(500_000).fill('0').join(',')}]}`;
    const requests = Array.from({ length: 10_000 }, (_, i) => ({ path: ['zz', i * 50] }));
    const placed = jsonPlacer(text)(requests);
    expect(placed[9_999]).toEqual({ line: 1, column: 8 + 9_999 * 50 * 2 });
  });
});

describe('yamlPlacer', () => {
  it('places paths in a parsed YAML document (the TSDoc example)', () => {
    const text = 'schemaVersion: "0.1"\nactors:\n  - id: a\n    kind: persn\n';
    expect(
      yamlPlacer(text, parseDocument(text).contents)([{ path: ['actors', 0, 'kind'] }]),
    ).toEqual([{ line: 4, column: 11 }]);
  });
});
