import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundOutward, roundToDigits, shiftDecimal, shortestDigits } from './decimal';

describe('shortestDigits', () => {
  it.each([
    [12.5e9, 3],
    [350000, 2],
    [0.35, 2],
    [0.1 + 0.2, 17],
    [0, 1],
    [1e21, 1],
    [1.25e-7, 3],
    [-19, 2],
  ])('%d has %i', (x, expected) => {
    expect(shortestDigits(x)).toBe(expected);
  });
});

describe('shiftDecimal', () => {
  it('shifts by the decimal, not by multiplying', () => {
    expect(shiftDecimal(0.6, 2)).toBe(60);
    expect(shiftDecimal(0.07, 2)).toBe(7);
    expect(0.07 * 100).not.toBe(7); // the trap it avoids
    expect(shiftDecimal(-1.5e-7, 2)).toBe(-1.5e-5);
    expect(shiftDecimal(60, -2)).toBe(0.6);
  });

  // A decimal of at most 15 significant digits survives decimal -> double -> decimal
  // exactly; longer ones (and subnormals) need not, so the law is stated for those.
  it('round-trips: for x with at most 15 significant digits, shifting k places and back gives x', () => {
    const decimals = fc
      .tuple(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        fc.integer({ min: -250, max: 250 }),
      )
      .map(([digits, exponent]) => Number(`${digits}e${exponent}`));
    fc.assert(
      fc.property(decimals, fc.integer({ min: -5, max: 5 }), (x, k) => {
        expect(shiftDecimal(shiftDecimal(x, k), -k)).toBe(x + 0);
      }),
    );
  });
});

describe('roundToDigits', () => {
  it('rounds to significant digits', () => {
    expect(roundToDigits(13.75, 2)).toBe(14);
    expect(roundToDigits(12.5e9, 3)).toBe(12.5e9);
    expect(roundToDigits(0.012345, 2)).toBe(0.012);
  });
});

describe('roundOutward', () => {
  it('rounds down toward -inf and up toward +inf', () => {
    expect(roundOutward(16.666666666666664, 2, 'down')).toBe(16);
    expect(roundOutward(16.666666666666664, 2, 'up')).toBe(17);
    expect(roundOutward(214285.7142857143, 2, 'up')).toBe(220000);
    expect(roundOutward(-16.67, 2, 'down')).toBe(-17);
    expect(roundOutward(-16.67, 2, 'up')).toBe(-16);
    expect(roundOutward(38, 2, 'up')).toBe(38);
    expect(roundOutward(1.5, 2, 'down')).toBe(1.5);
    expect(roundOutward(0, 3, 'down')).toBe(0);
  });

  it('keeps its figures when a step crosses a power of ten', () => {
    expect(roundOutward(1.004, 2, 'down')).toBe(1);
    expect(roundOutward(0.9999, 2, 'down')).toBe(0.99);
    expect(roundOutward(9.96, 2, 'up')).toBe(10);
    expect(roundOutward(-9.96, 2, 'down')).toBe(-10);
    expect(roundOutward(-1.004, 2, 'up')).toBe(-1);
    expect(roundOutward(999.6, 3, 'down')).toBe(999);
    expect(roundOutward(1.0001e15, 3, 'down')).toBe(1e15);
    expect(roundOutward(-1.2345e-300, 3, 'down')).toBe(-1.24e-300);
  });

  it('is outward and short: down(x, p) <= x <= up(x, p), each with at most p figures, and no p-figure decimal lies strictly between either and x', () => {
    const finite = fc.double({ min: -1e300, max: 1e300, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 15 }), (x, p) => {
        const down = roundOutward(x, p, 'down');
        const up = roundOutward(x, p, 'up');
        expect(down <= x && x <= up).toBe(true);
        expect(shortestDigits(down)).toBeLessThanOrEqual(p);
        expect(shortestDigits(up)).toBeLessThanOrEqual(p);
        // Tight: the next p-figure decimal beyond each is on the far side of x.
        if (down !== x)
          expect(
            roundOutward(down + Math.abs(down) * 1e-15 + 5e-324, p, 'up'),
          ).toBeGreaterThanOrEqual(x);
        if (up !== x)
          expect(roundOutward(up - Math.abs(up) * 1e-15 - 5e-324, p, 'down')).toBeLessThanOrEqual(
            x,
          );
      }),
    );
  });
});
