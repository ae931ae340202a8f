import { point, range } from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeChart } from './range-chart';
import type { ChartItem } from './types';

const seed: ChartItem[] = [
  { label: 'Scam revenue', scope: 'Cambodia', range: range(12.5e9, 19e9, 'USD/year') },
  { label: 'Scam revenue', scope: 'Southeast Asia', range: range(50e9, 75e9, 'USD/year') },
  {
    label: 'Implied GDP',
    scope: 'Cambodia',
    range: range(12.5e9 / 0.6, Infinity, 'USD/year', { lowInclusive: true }),
    derived: true,
  },
  { label: 'Share of GDP', scope: 'Cambodia', range: range(-Infinity, 60, '%') },
  {
    label: 'Scam labour force',
    scope: 'Cambodia, Myanmar, Laos',
    range: range(350000, Infinity, 'people', { lowInclusive: false }),
  },
];

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('rangeChart', () => {
  const svg = rangeChart(seed, { title: 'Cambodia scam economy' });

  it('draws one interval per item, each in the panel of its unit', () => {
    expect(count(svg, '<g class="interval')).toBe(seed.length);
    expect(count(svg, '<g class="panel"')).toBe(3);
    const panelUnits = [...svg.matchAll(/<g class="panel" data-unit="([^"]*)"/g)].map((m) => m[1]);
    expect(panelUnits).toEqual(['USD/year', '%', 'people']);
  });

  it('marks open bounds with arrows, inclusive bounds with filled dots, exclusive with hollow ones', () => {
    // Three open bounds: implied GDP's high, the share's low, the labour force's high.
    expect(count(svg, 'class="bound open"')).toBe(3);
    // Both ends of both revenue ranges, implied GDP's low, the share's high.
    expect(count(svg, 'class="bound inclusive"')).toBe(6);
    // The labour force's "more than 350,000": its low end is excluded.
    expect(count(svg, 'class="bound exclusive"')).toBe(1);
  });

  it('draws derived figures apart from stated ones', () => {
    expect(count(svg, 'class="interval derived"')).toBe(1);
    expect(svg).toContain('derived from other figures');
  });

  it('draws a central value as a diamond', () => {
    const chart = rangeChart([
      { label: 'Around', range: range(2e6, 4e6, 'USD', { central: 3e6, qualifier: 'approx' }) },
    ]);
    expect(count(chart, 'class="central"')).toBe(1);
  });

  it('is accessible: role img, a title and a description that reads every figure', () => {
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="reckon-chart-title reckon-chart-desc"/,
    );
    expect(svg).toContain('<title id="reckon-chart-title">Cambodia scam economy</title>');
    const desc = /<desc id="reckon-chart-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    for (const item of seed) expect(desc).toContain(item.label);
    expect(desc).toContain('350,000');
  });

  it('uses a log axis when values span two orders of magnitude, and linear otherwise', () => {
    const wide = rangeChart([
      { label: 'Small', range: point(3e6, 'USD') },
      { label: 'Large', range: point(4e9, 'USD') },
    ]);
    expect(wide).toContain('USD, log scale');
    expect(svg).not.toContain('USD/year, log scale');
    expect(rangeChart([{ label: 'Small', range: point(3e6, 'USD') }], { scale: 'log' })).toContain(
      'log scale',
    );
  });

  it('falls back to a linear axis when a log axis is asked for but values are not all positive', () => {
    const chart = rangeChart([{ label: 'Change', range: range(-5, -3, '%') }], { scale: 'log' });
    expect(chart).not.toContain('log scale');
  });

  it('gives the same bytes for the same input', () => {
    expect(rangeChart(seed, { title: 'Cambodia scam economy' })).toBe(svg);
  });

  it('draws an empty chart with only its title when there are no items', () => {
    const empty = rangeChart([]);
    expect(count(empty, '<g class="interval')).toBe(0);
    expect(empty).toContain('<title id="reckon-chart-title">Estimates</title>');
  });

  it('keeps its markup whatever the labels say: labels only ever add escaped text lines', () => {
    const TAG = /<\/?(svg|title|desc|style|g|text|line|path|circle)\b[^<>]*>/g;
    const elements = (text: string): string[] =>
      [...text.matchAll(TAG)]
        .map((m) => m[0].replace(/\s.*$/s, ''))
        .filter((tag) => !tag.startsWith('<text') && tag !== '</text>');
    const plain = rangeChart([{ label: 'x', scope: 'y', range: point(1, 'people') }]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (label, scope) => {
        const chart = rangeChart([{ label, scope, range: point(1, 'people') }]);
        // Every element but the label's text lines is the same as for a plain label...
        expect(elements(chart)).toEqual(elements(plain));
        // ...and once the known tags are gone, no '<' or '>' is left: all text was escaped.
        expect(chart.replace(TAG, '')).not.toMatch(/[<>]/);
        // No character that XML 1.0 forbids survives.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking their absence
        expect(chart).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      }),
    );
  });

  it('wraps a long label onto a second line and keeps the whole of it in the accessible name', () => {
    const label =
      'GDP of Cambodia, implied by revenue from scam operations being at most 60% of it';
    const chart = rangeChart([{ label, range: point(1, 'people') }]);
    expect(count(chart, '<text class="label"')).toBe(2);
    expect(chart).toContain(`aria-label="${label}: 1 person"`);
  });

  it('escapes markup in labels', () => {
    const chart = rangeChart([
      { label: '<img src=x onerror=alert(1)>', range: point(1, 'people') },
    ]);
    expect(chart).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(chart).not.toContain('<img');
  });
});
