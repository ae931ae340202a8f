import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positions, positionsOf } from './position';

describe('positions', () => {
  it('counts lines and columns from 1 (the TSDoc example)', () => {
    const at = positions('{\n  "a": 1,\n}');
    expect(at(12)).toEqual({ line: 3, column: 1 });
    expect(at(11)).toEqual({ line: 2, column: 10 });
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 3 });
  });

  it('clamps offsets outside the text', () => {
    const at = positions('ab\ncd');
    expect(at(-5)).toEqual({ line: 1, column: 1 });
    expect(at(99)).toEqual({ line: 2, column: 3 });
  });

  it('agrees with counting by hand: line = newlines before + 1, column = offset - last line start', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'é') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const before = text.slice(0, offset);
        expect(positions(text)(offset)).toEqual({
          line: before.split('\n').length,
          column: offset - (before.lastIndexOf('\n') + 1) + 1,
        });
      }),
    );
  });
});

describe('positionsOf', () => {
  it('places many offsets in one sweep, in the order given (the TSDoc example)', () => {
    expect(positionsOf('{\n  "a": 1,\n}', [12, undefined, 0])).toEqual([
      { line: 3, column: 1 },
      undefined,
      { line: 1, column: 1 },
    ]);
  });

  it('agrees with positions(), offset by offset, for any text and offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', 'é') }),
        fc.array(fc.integer({ min: -2, max: 40 })),
        (text, offsets) => {
          const at = positions(text);
          expect(positionsOf(text, offsets)).toEqual(offsets.map((offset) => at(offset)));
        },
      ),
    );
  });
});
