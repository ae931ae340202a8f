import { point, range } from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeChart } from './range-chart';

/** Every number written into an attribute of the SVG. */
const attributeNumbers = (svg: string): string[] =>
  [...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g)].map((m) => m[1]!);

/** No NaN or Infinity anywhere in the markup: in coordinates, path data or text. */
function expectDrawable(svg: string): void {
  expect(svg).not.toMatch(/NaN|Infinity/);
  for (const value of attributeNumbers(svg)) expect(Number.isFinite(Number(value))).toBe(true);
}

describe('rangeChart at the edges of the double range', () => {
  it('draws range(0, 1.6e308) without looping: the nice upper tick would overflow', () => {
    const svg = rangeChart([{ label: 'Huge', range: range(0, 1.6e308, 'USD') }]);
    expectDrawable(svg);
    expect(svg).toContain('class="tick"');
  });

  it.each([
    ['±MAX_VALUE', -Number.MAX_VALUE, Number.MAX_VALUE],
    ['MAX_VALUE point', Number.MAX_VALUE, Number.MAX_VALUE],
    ['-MAX_VALUE point', -Number.MAX_VALUE, -Number.MAX_VALUE],
    ['a subnormal span', 5e-324, 1e-323],
    ['a subnormal point', 5e-324, 5e-324],
    ['subnormals either side of zero', -5e-324, 5e-324],
    ['a span of a few ulps at 1e300', 1e300, 1e300 * (1 + 2 ** -50)],
    ['MIN_VALUE to MAX_VALUE', Number.MIN_VALUE, Number.MAX_VALUE],
  ])('draws %s with finite coordinates on every scale', (_name, low, high) => {
    for (const scale of ['auto', 'linear', 'log'] as const) {
      expectDrawable(rangeChart([{ label: 'x', range: range(low, high, 'USD') }], { scale }));
    }
  });

  it('draws every pair of finite doubles with finite coordinates (no NaN, no Infinity)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('auto', 'linear', 'log'),
        (a, b, scale) => {
          const items = [
            { label: 'a', range: point(a, 'USD') },
            { label: 'b', range: range(Math.min(a, b), Math.max(a, b), 'USD') },
          ];
          expectDrawable(rangeChart(items, { scale }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws 50,000 items without overflowing the stack', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({
      label: `Item ${i}`,
      range: point(i + 1, 'people'),
    }));
    const svg = rangeChart(items);
    expect(svg.split('<g class="interval').length - 1).toBe(50_000);
  });
});
