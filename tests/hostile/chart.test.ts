/**
 * Hostile input to @reckon/chart, one test per reproduction: values at the edges of the double
 * range (an endless loop and NaN in the SVG), a list long enough to overflow a spread, and
 * options that carried markup into the SVG.
 */
import { type ChartOptions, ChartOptionsError, rangeChart } from '@reckon/chart';
import { point, range } from '@reckon/range';
import { describe, expect, it } from 'vitest';

const optionError = (options: unknown): ChartOptionsError => {
  try {
    rangeChart([{ label: 'x', range: point(1, 'USD') }], options as ChartOptions);
  } catch (error) {
    if (error instanceof ChartOptionsError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
};

describe('rangeChart under hostile values', () => {
  it('ends on range(0, 1.6e308, USD), where ceil(max / step) * step overflows', () => {
    const svg = rangeChart([{ label: 'Huge', range: range(0, 1.6e308, 'USD') }]);
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('puts no NaN into the SVG for ±MAX_VALUE and subnormal spans', () => {
    const cases: [number, number][] = [
      [-Number.MAX_VALUE, Number.MAX_VALUE],
      [5e-324, 1e-323],
      [0, 5e-324],
    ];
    for (const [low, high] of cases) {
      const svg = rangeChart([{ label: 'x', range: range(low, high, 'USD') }]);
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });

  it('draws 50,000 items without a spread over the list (no stack overflow)', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({
      label: 'x',
      range: point(i, 'people'),
    }));
    expect(rangeChart(items).split('class="interval"').length - 1).toBe(50_000);
  });
});

describe('rangeChart options cannot inject markup', () => {
  const payload = '"><script>alert(1)</script><x a="';

  it('refuses an idPrefix that would close the attribute, with a typed error', () => {
    const error = optionError({ idPrefix: payload });
    expect(error.code).toBe('CHART_OPTIONS');
    expect(error.option).toBe('idPrefix');
  });

  it('refuses a string width, which went into the width and viewBox attributes as it was', () => {
    expect(optionError({ width: payload }).option).toBe('width');
    expect(optionError({ width: '720' }).option).toBe('width');
  });

  it('refuses a width that is negative or NaN, which gave viewBox="0 0 NaN 152"', () => {
    expect(optionError({ width: -5 }).option).toBe('width');
    expect(optionError({ width: Number.NaN }).option).toBe('width');
  });
});
