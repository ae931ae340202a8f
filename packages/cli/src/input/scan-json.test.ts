import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonKeySet, keyAt, stringEnd } from './json-key-set';
import { scanJson } from './scan-json';

describe('scanJson', () => {
  it('finds the first duplicate key of an object, not one of another object (the TSDoc example)', () => {
    expect(scanJson('{"a":1,"b":{"a":2},"a":3}', { duplicates: true })).toEqual({
      duplicate: { key: 'a', first: 1, second: 19 },
    });
    expect(scanJson('[1,2,3]', { maxValues: 3 })).toEqual({ tooManyValues: true });
    expect(scanJson('[1,2]', { maxValues: 3 })).toEqual({});
  });

  it('sees keys equal once escapes are decoded, and nothing in a document without any', () => {
    expect(scanJson('{"é":1,"\\u00e9":2}', { duplicates: true })).toEqual({
      duplicate: { key: 'é', first: 1, second: 7 },
    });
    expect(scanJson('[{"a":1},{"a":1},"\\"a\\":"]', { duplicates: true })).toEqual({});
  });

  it('ends on text that is not JSON, as on an unclosed string', () => {
    for (const text of ['{"a', '}}]]', '{"a":"', ',,,', '"']) {
      expect(scanJson(text, { duplicates: true, maxValues: 10 })).toBeTypeOf('object');
    }
  });

  it('reads 100,000-deep nesting without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(scanJson(deep, { duplicates: true })).toEqual({});
  });

  it('law: a duplicate is reported exactly when JSON.parse would drop a key', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'é', '"', '\\');
    // Each key written plainly or with every character as a \u escape, so equal keys may be
    // spelt differently.
    const objects = fc.array(fc.tuple(key, fc.nat(9), fc.boolean()), { maxLength: 6 });
    const write = (k: string, asEscapes: boolean) =>
      asEscapes
        ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`
        : JSON.stringify(k);
    fc.assert(
      fc.property(objects, (pairs) => {
        const text = `{${pairs.map(([k, v, asEscapes]) => `${write(k, asEscapes)}:${v}`).join(',')}}`;
        expect(Object.keys(JSON.parse(text) as object)).toHaveLength(
          new Set(pairs.map(([k]) => k)).size,
        );
        const distinct = new Set(pairs.map(([k]) => k)).size;
        const found = scanJson(text, { duplicates: true }).duplicate !== undefined;
        expect(found).toBe(distinct < pairs.length);
      }),
    );
  });
});

describe('JsonKeySet', () => {
  it('gives the offset of the earlier equal key (the TSDoc example)', () => {
    const keys = new JsonKeySet('{"a":1,"\\u0061":2}');
    expect(keys.add(1)).toBe(-1);
    expect(keys.add(7)).toBe(1);
  });

  it('keeps telling keys apart as its table grows', () => {
    const text = `{${Array.from({ length: 5000 }, (_, i) => `"k${i}":0`).join(',')},"k4321":1}`;
    expect(scanJson(text, { duplicates: true }).duplicate?.key).toBe('k4321');
  });
});

describe('stringEnd and keyAt', () => {
  it('find the closing quote past escapes, and decode (the TSDoc examples)', () => {
    expect(stringEnd('"a\\"b" ', 0)).toBe(5);
    expect(keyAt('{"\\u0061b":1}', 1)).toBe('ab');
  });
});
