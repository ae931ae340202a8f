import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('a figure with its interval in parentheses: "2.3 (95% CI 1.4 to 3.8)"', () => {
  it('is one range: the interval, with the figure as its central value', () => {
    const r = parseRange('The odds ratio was 2.3 (95% CI 1.4 to 3.8).');
    expect([r.low, r.high, r.central, r.meaning]).toEqual([
      1.4,
      3.8,
      2.3,
      { kind: 'interval', level: 0.95 },
    ]);
    expect(read('The hazard ratio was 0.72 (95% CI: 0.61-0.85).')).toEqual([
      ['0.72 (95% CI: 0.61-0.85)', '0.61–0.85 (central 0.72) (95% interval)'],
    ]);
  });

  it('takes the figure’s unit and change, and the unit written on the ends', () => {
    expect(read('Mortality fell 12% (95% CI 8% to 16%) among those treated.')).toEqual([
      ['fell 12% (95% CI 8% to 16%)', 'a fall of 8–16% (central 12%) (95% interval)'],
    ]);
    const r = parseRange('Costs were $4 billion (90% CI $2 billion to $6 billion).');
    expect([r.low, r.high, r.central, String(r.unit)]).toEqual([2e9, 6e9, 4e9, 'USD']);
    expect(read('The rate was 5.1 per 1,000 (95% CI 4.2-6.0).')).toEqual([
      ['5.1 per 1,000 (95% CI 4.2-6.0)', '4.2–6.0‰ (central 5.1‰) (95% interval)'],
    ]);
  });

  it('reads the two apart when the figure lies outside the interval or is hedged', () => {
    expect(read('The effect was 2.3 (95% CI 2.5 to 3.8).')).toEqual([
      ['2.3', '2.3'],
      ['95% CI 2.5 to 3.8', '2.5–3.8 (95% interval)'],
    ]);
    expect(read('an estimated 2.3 (95% CI 1.4 to 3.8)')).toEqual([
      ['an estimated 2.3', 'about 2.3'],
      ['95% CI 1.4 to 3.8', '1.4–3.8 (95% interval)'],
    ]);
  });

  it('reads an interval alone in parentheses as a figure, not a reference', () => {
    expect(read('The risk rose (95% CI 1.4 to 3.8).')).toEqual([
      ['95% CI 1.4 to 3.8', '1.4–3.8 (95% interval)'],
    ]);
  });

  it('refuses a rate whose base comes after the interval', () => {
    expect(() => parseRange('The rate was 5.1 (95% CI 4.2-6.0) per 1,000.')).toThrow(
      'writes "per" after the figure\'s interval',
    );
  });
});
