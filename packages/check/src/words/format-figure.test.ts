import { formatRange, point, range } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { formatFigure } from './format-figure';

describe('formatFigure', () => {
  it('writes a figure at its own significant figures and a guard digit, rounded outward', () => {
    // 12.5/75 to 19/50, as interval arithmetic leaves them: 16.67 goes down to 16.6, 38 stays.
    expect(formatFigure(range(16.666666666666664, 38.00000000000001, '%', { sigFigs: 2 }))).toBe(
      '16.6–38%',
    );
    // At three figures 38 shows its third (38.0), and 16.67 keeps a fourth, rounded down.
    expect(formatFigure(range(16.666666666666664, 38.00000000000001, '%', { sigFigs: 3 }))).toBe(
      '16.66–38.0%',
    );
  });

  it('leaves unsaid a lower bound of 0 that the range excludes', () => {
    const perWorker = range(0, 214285.7142857143, 'USD/person/year', {
      lowInclusive: false,
      highInclusive: false,
      sigFigs: 2,
    });
    expect(formatFigure(perWorker)).toBe('less than $215,000 per person a year');
    expect(formatFigure(range(0, 60, '%', { lowInclusive: false, sigFigs: 2 }))).toBe('up to 60%');
    // An included 0, or an open top, is said.
    expect(formatFigure(range(0, 60, '%', { sigFigs: 2 }))).toBe('0–60%');
    expect(formatFigure(range(0, Infinity, 'people', { lowInclusive: false, sigFigs: 2 }))).toBe(
      'more than 0 people',
    );
    // Only 0 goes unsaid: an excluded lower bound above it is a figure's own.
    expect(formatFigure(range(5, 60, '%', { lowInclusive: false, sigFigs: 2 }))).toBe(
      'more than 5.0% and up to 60%',
    );
  });

  it('keeps the central value of a figure whose lower bound of 0 goes unsaid', () => {
    const share = range(0, 60, '%', { lowInclusive: false, central: 40, sigFigs: 2 });
    expect(formatFigure(share)).toBe('up to 60% (central 40%)');
  });

  it('shows a figure from exact inputs at two figures and a guard digit, and one with figures at its own', () => {
    // 12.5 / 45 = 27.77…% and 19 / 40 = 47.5%, no input with sigFigs.
    expect(formatFigure(range(27.777777777777775, 47.50000000000001, '%'))).toBe('27.7–47.5%');
    expect(formatFigure(point(1 / 3, '1', { sigFigs: 5 }))).toBe('0.333333');
    expect(formatFigure(point(1 / 3, '1'))).toBe('0.333');
  });

  it('passes formatRange options through, the sigFigs option over the figure’s own', () => {
    const gdp = range(20833333333.333332, Infinity, 'USD/year', { sigFigs: 2 });
    expect(formatFigure(gdp, { style: 'short' })).toBe('≥$20.8B/yr');
    expect(formatFigure(gdp, { sigFigs: 3 })).toBe('at least $20.83 billion a year');
    expect(formatFigure(gdp)).toBe(formatRange(gdp));
  });
});
