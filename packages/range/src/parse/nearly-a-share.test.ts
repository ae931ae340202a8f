import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range';

describe('"nearly" and "just over" before a share whose value does not end', () => {
  it('take the share at two figures: "nearly one in three" is [32.8, 33.3…) %', () => {
    const r = parseRange('Nearly 1 in 3 young people are out of work.');
    expect(String(r.unit)).toBe('%');
    expect(r.high).toBeCloseTo(100 / 3, 12);
    expect(r.highInclusive).toBe(false);
    expect(r.low).toBeCloseTo(100 / 3 - 0.5, 12);
    expect(r.central).toBe(r.high);
    expect(r.sigFigs).toBe(2);
  });

  it('read a fraction in words the same way, no longer refused or collapsed to a point', () => {
    const twoThirds = parseRange('nearly two-thirds of voters');
    expect([twoThirds.low, twoThirds.high]).toEqual([
      Number((2 / 3 - 0.005).toPrecision(15)),
      2 / 3,
    ]);
    const third = parseRange('almost a third of the budget');
    expect(third.high - third.low).toBeCloseTo(0.005, 12);
    const over = parseRange('just over one in three');
    expect([over.lowInclusive, over.high - over.low]).toEqual([false, expect.closeTo(0.5, 12)]);
  });

  it('keep the figures words write when the value ends', () => {
    const r = parseRange('nearly one hundred and twenty-three');
    expect([r.low, r.high]).toEqual([122.5, 123]);
  });
});
