import { point } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { ChartDataError, ChartOptionsError } from './errors';
import { rangeChart } from './range-chart';
import type { ChartOptions } from './types';

const items = [{ label: 'Revenue', range: point(5, 'USD') }];

/** Calls rangeChart with options a JavaScript caller could pass, whatever the types say. */
const draw = (options: unknown): string => rangeChart(items, options as ChartOptions);

function optionError(options: unknown): ChartOptionsError {
  try {
    draw(options);
  } catch (error) {
    if (error instanceof ChartOptionsError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('rangeChart options', () => {
  it.each([
    [-5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [0],
    [100.5],
    ['720'],
    ['"><script>alert(1)</script><x a="'],
    [20_000],
  ])('refuses width %s with a typed error naming the option', (width) => {
    const error = optionError({ width });
    expect(error.code).toBe('CHART_OPTIONS');
    expect(error.option).toBe('width');
  });

  it('says what a width must be', () => {
    expect(() => draw({ width: -5 })).toThrowErrorMatchingInlineSnapshot(
      `[ChartOptionsError: chart option "width" must be a whole number of pixels from 240 to 10000, got -5]`,
    );
  });

  it.each([
    ['"><script>alert(1)</script><x a="'],
    [''],
    ['1chart'],
    ['a b'],
    ['x'.repeat(65)],
    [42],
  ])('refuses idPrefix %j, which could break out of an attribute or is not an id', (idPrefix) => {
    expect(optionError({ idPrefix }).option).toBe('idPrefix');
  });

  it('accepts a plain id prefix and uses it for the title and description ids', () => {
    const svg = draw({ idPrefix: 'revenue-chart.2' });
    expect(svg).toContain('aria-labelledby="revenue-chart.2-title revenue-chart.2-desc"');
  });

  it('refuses a scale it would otherwise ignore', () => {
    expect(() => draw({ scale: 'logarithmic' })).toThrowErrorMatchingInlineSnapshot(
      `[ChartOptionsError: chart option "scale" must be one of 'auto', 'linear', 'log', got "logarithmic"]`,
    );
  });

  it('refuses unknown options, a bad locale, and a title that is not text', () => {
    expect(optionError({ heigth: 300 }).option).toBe('heigth');
    expect(optionError({ locale: 'not a locale!' }).option).toBe('locale');
    expect(optionError({ title: 5 }).option).toBe('title');
    expect(optionError({ description: {} }).option).toBe('description');
    expect(optionError(null).option).toBe('options');
    expect(optionError('wide').option).toBe('options');
  });

  it('keeps the defaults when options are left out', () => {
    expect(rangeChart(items)).toContain('width="720"');
    expect(draw({ width: 240 })).toContain('width="240"');
  });
});

describe('rangeChart items', () => {
  it('names the item that is not { label, range }', () => {
    const bad = (value: unknown): ChartDataError => {
      try {
        rangeChart(value as never);
      } catch (error) {
        if (error instanceof ChartDataError) return error;
        throw error;
      }
      throw new Error('no error was thrown');
    };
    expect(bad('x').path).toBe('items');
    expect(bad([null]).path).toBe('items[0]');
    expect(bad([...items, { range: point(1, 'USD') }]).path).toBe('items[1].label');
    expect(bad([{ label: 'x', range: { low: 1, high: 2, unit: 'USD' } }]).path).toBe(
      'items[0].range',
    );
    expect(bad([{ label: 'x', range: point(1, 'USD'), scope: 3 }]).path).toBe('items[0].scope');
  });
});
