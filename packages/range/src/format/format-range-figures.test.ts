import { describe, expect, it } from 'vitest';
import { point, range } from '../range';
import { formatRange } from './format-range';

describe('formatRange, significant figures', () => {
  it('keeps a guard digit an end already has, and rounds what has more outward', () => {
    expect(formatRange(range(12.5e9, 19e9, 'USD', { sigFigs: 2 }))).toBe('$12.5–19 billion');
    // 13.75 is a lower bound with two digits past its two figures: it keeps one guard digit
    // and goes down, to 13.7, since 13.8 would cut off 13.75–13.8.
    expect(formatRange(range(13.75e9, 19e9, 'USD', { sigFigs: 2 }))).toBe('$13.7–19 billion');
  });

  it('rounds a computed bound outward: a lower bound down, an upper bound up', () => {
    // 12.5e9 / 60% = 20,833,333,333.3…: two figures and a guard digit, down: 20.8 billion.
    expect(formatRange(range(20833333333.333332, Infinity, 'USD/year', { sigFigs: 2 }))).toBe(
      'at least $20.8 billion a year',
    );
    // 75e9 / 350,000 = 214,285.71…: an upper bound goes up, to 215,000.
    expect(
      formatRange(range(-Infinity, 214285.7142857143, 'USD', { highInclusive: false, sigFigs: 2 })),
    ).toBe('less than $215,000');
    // 12.5/75 to 19/50 as a percent, as interval arithmetic leaves them.
    expect(formatRange(range(16.666666666666664, 38.00000000000001, '%', { sigFigs: 2 }))).toBe(
      '16.6–38%',
    );
    // Ends with a guard digit stay; longer ones go outward, toward -inf and +inf.
    expect(formatRange(range(-16.7, -3.33, '%', { sigFigs: 2 }))).toBe('-16.7 to -3.33%');
    expect(formatRange(range(-16.75, -3.333, '%', { sigFigs: 2 }))).toBe('-16.8 to -3.33%');
    // Across a power of ten: 0.9951 down keeps three figures, 9.961 up is 9.97, 99.51 up 99.6.
    expect(formatRange(range(0.9951, 9.961, '1', { sigFigs: 2 }))).toBe('0.995–9.97');
    expect(formatRange(range(10.46, 99.51, '1', { sigFigs: 2 }))).toBe('10.4–99.6');
    expect(formatRange(range(0.99951, 9.9961, '1', { sigFigs: 2 }))).toBe('0.999–10');
  });

  it('reads float noise as the decimal it hides: 60.00000000000002% is 60%', () => {
    expect(formatRange(range(39.473684210526315, 60.00000000000002, '%', { sigFigs: 2 }))).toBe(
      '39.4–60%',
    );
    expect(formatRange(range(12.499999999999998e9, 19e9, 'USD', { sigFigs: 2 }))).toBe(
      '$12.5–19 billion',
    );
  });

  it('writes ends that round alike once, to the nearest, with "about" only when approximate', () => {
    // 19e9 / 60%, computed as [31,666,666,666.666664, 31,666,666,666.66667].
    const gdp = range(31666666666.666664, 31666666666.66667, 'USD/year', { sigFigs: 2 });
    expect(formatRange(gdp)).toBe('$31.7 billion a year');
    expect(formatRange(gdp, { sigFigs: 3 })).toBe('$31.67 billion a year');
    const approx = range(31666666666.666664, 31666666666.66667, 'USD/year', {
      qualifier: 'approx',
      sigFigs: 2,
    });
    expect(formatRange(approx)).toBe('about $31.7 billion a year');
    expect(formatRange(point(31666666666.666664, 'USD', { sigFigs: 2 }))).toBe('$31.7 billion');
  });

  it('writes zero as 0, whatever the figures', () => {
    expect(formatRange(point(0, 'USD', { sigFigs: 3 }))).toBe('$0');
    expect(
      formatRange(
        range(0, 214285.7142857143, 'USD', {
          lowInclusive: false,
          highInclusive: false,
          sigFigs: 3,
        }),
      ),
    ).toBe('more than $0 and less than $214,300');
    // The other end keeps its figures: 0.5 at two is 0.50.
    expect(formatRange(range(0, 0.5, '%', { sigFigs: 2 }))).toBe('0–0.50%');
  });

  it('pads with zeros to show the figures a range has', () => {
    expect(formatRange(range(12e9, 19.5e9, 'USD', { sigFigs: 3 }))).toBe('$12.0–19.5 billion');
  });

  it('writes an exact value in full when it has no sigFigs', () => {
    expect(formatRange(point(0.1 + 0.2, '1'))).toBe('0.30000000000000004');
    expect(formatRange(point(1234567, 'USD'))).toBe('$1,234,567');
  });

  it('takes the sigFigs option over the range’s own', () => {
    // Two figures and, where rounding is needed, one guard digit.
    expect(formatRange(point(123456789, 'USD'), { sigFigs: 2 })).toBe('$123 million');
    expect(formatRange(point(123456789, 'USD'), { sigFigs: 1 })).toBe('$120 million');
  });

  it('writes the high end in full when a shared scale would be misread: "2–3 million" is [2e6, 3e6]', () => {
    // Joined with "to": "2–3,000,000" may share the high end's thousands, and is refused.
    expect(formatRange(range(2, 3e6, '1', { sigFigs: 1 }))).toBe('2 to 3,000,000');
    expect(formatRange(range(500, 1e6, '1', { sigFigs: 1 }))).toBe('500–1 million');
    // "3–3 million" would read as the point 3 million, so 3 beside 3e6 also needs full digits.
    expect(formatRange(range(3, 3e6, '1', { sigFigs: 1 }))).toBe('3 to 3,000,000');
    // A low end with a scale word of its own is not read on the high end's scale, so the
    // high end keeps its word.
    expect(formatRange(range(1e3, 1e20, '1', { sigFigs: 1 }), { style: 'short' })).toBe(
      '1K–100,000,000T',
    );
  });

  it('joins a small whole low end and a high end in the thousands with "to", not a dash', () => {
    expect(formatRange(range(20, 25000, '1'))).toBe('20 to 25,000');
    expect(formatRange(range(20, 25000, 'USD'), { style: 'short' })).toBe('$20 to $25,000');
    expect(formatRange(range(500, 1000, '1'))).toBe('500–1,000');
    expect(formatRange(range(20000, 25000, '1'))).toBe('20,000–25,000');
  });

  it('writes each end with its own scale word when the scales differ', () => {
    expect(formatRange(range(5e8, 2e9, 'USD', { sigFigs: 1 }))).toBe('$500 million–$2 billion');
  });

  it('writes a compact number with three decimals, or with the trailing zeros its figures need', () => {
    expect(formatRange(point(1.234e6, '1'))).toBe('1.234 million');
    expect(formatRange(point(1.23e6, 'USD', { sigFigs: 5 }))).toBe('$1.2300 million');
  });

  it('rounds a lone value and a central value to the nearest, not outward', () => {
    // 15.44 million at one figure and a guard digit is 15 million (up would be 16).
    expect(formatRange(range(10e6, 20e6, 'USD', { central: 15.44e6, sigFigs: 1 }))).toBe(
      '$10–20 million (central $15 million)',
    );
  });
});
