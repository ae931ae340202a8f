import { describe, expect, it } from 'vitest';
import { placeOffset, placeTree } from './place-tree';

describe('placeTree and placeOffset', () => {
  it('builds every prefix, and places a path on its deepest node found (the TSDoc examples)', () => {
    expect(
      placeTree([{ path: ['actors', 0] }])
        .children.get('actors')
        ?.children.has(0),
    ).toBe(true);
    const root = placeTree([{ path: ['a', 'b'] }]);
    root.value = 0;
    root.children.get('a')!.value = 6;
    expect(placeOffset(root, { path: ['a', 'b'] })).toBe(6);
  });

  it('tells an index from a key that looks like one', () => {
    const root = placeTree([{ path: [0] }, { path: ['0'] }]);
    expect(root.children.size).toBe(2);
  });
});
