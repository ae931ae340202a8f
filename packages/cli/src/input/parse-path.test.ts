import { formatPath } from '@reckon/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePath } from './parse-path';

describe('parsePath', () => {
  it('reads a path as formatPath writes it (the TSDoc example)', () => {
    expect(parsePath('reports[0].estimates[2].range')).toEqual([
      'reports',
      0,
      'estimates',
      2,
      'range',
    ]);
    expect(parsePath('')).toEqual([]);
  });

  it('reads quoted keys, with escapes', () => {
    expect(parsePath('actors[0]["odd key"]')).toEqual(['actors', 0, 'odd key']);
    expect(parsePath('["a\\"b"].c')).toEqual(['a"b', 'c']);
  });

  it('refuses what is not such a path', () => {
    for (const text of ['.a', 'a..b', 'a[x]', 'a[0', '0a', 'a b'])
      expect(parsePath(text)).toBeUndefined();
  });

  it('round trip: parsePath(formatPath(p)) is p, for keys of at most 60 characters', () => {
    const segment = fc.oneof(fc.nat({ max: 1000 }), fc.string({ maxLength: 60 }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        expect(parsePath(formatPath(path))).toEqual(path);
      }),
    );
  });
});
