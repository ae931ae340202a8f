import { describe, expect, it } from 'vitest';
import { InvalidRangeError } from '../errors';
import { point, range } from '../range';
import { formatRange } from './format-range';

const revenue = range(12.5e9, 19e9, 'USD/year', { sigFigs: 2 });

describe('formatRange, long style', () => {
  it.each([
    [revenue, '$12.5–19 billion a year'],
    [
      range(350000, Infinity, 'people', { qualifier: 'at-least', sigFigs: 2 }),
      'at least 350,000 people',
    ],
    [
      range(350000, Infinity, 'people', {
        lowInclusive: false,
        qualifier: 'more-than',
        sigFigs: 2,
      }),
      'more than 350,000 people',
    ],
    [range(-Infinity, 60, '%', { qualifier: 'at-most', sigFigs: 1 }), 'up to 60%'],
    [range(-Infinity, 60, '%', { highInclusive: false, sigFigs: 1 }), 'less than 60%'],
    [point(3e6, 'USD', { qualifier: 'approx', central: 3e6, sigFigs: 1 }), 'about $3 million'],
    [
      range(1e4, 1e5, 'victims', { highInclusive: false, qualifier: 'vague' }),
      'tens of thousands of victims',
    ],
    [
      range(1e8, 1e9, 'USD/year', { highInclusive: false, qualifier: 'vague' }),
      'hundreds of millions of dollars a year',
    ],
    [range(3e6, 5e6, 'EUR', { sigFigs: 1 }), '€3–5 million'],
    [range(40000, 50000, 'KHR/month', { sigFigs: 1 }), 'KHR\u00a040,000–50,000 a month'],
    [range(5e5, 2e6, 'AUD', { sigFigs: 1 }), 'A$500,000–A$2 million'],
    [range(3, 5, '%/year', { sigFigs: 1 }), '3–5% a year'],
    [point(25, 'bp', { sigFigs: 2 }), '25 basis points'],
    [point(1, 'pp', { sigFigs: 1 }), '1 percentage point'],
    [point(1, 'people'), '1 person'],
    [range(3, 5, 'years'), '3–5 years'],
    [range(-5, -3, '%', { sigFigs: 1 }), '-5 to -3%'],
    [
      range(1000, 1500, '1', { lowInclusive: false, highInclusive: false }),
      'more than 1,000 and less than 1,500',
    ],
  ])('%o is written %s', (r, expected) => {
    expect(formatRange(r)).toBe(expected);
  });
});

describe('formatRange, short style', () => {
  it.each([
    [revenue, '$12.5B–$19B/yr'],
    [range(350000, Infinity, 'people', { qualifier: 'at-least', sigFigs: 2 }), '≥350K people'],
    [range(-Infinity, 60, '%', { qualifier: 'at-most', sigFigs: 1 }), '≤60%'],
    [point(3e6, 'USD', { qualifier: 'approx', central: 3e6, sigFigs: 1 }), '~$3M'],
    [range(3e6, 5e6, 'EUR', { sigFigs: 1 }), '€3M–€5M'],
    [point(25, 'bp', { sigFigs: 2 }), '25 bp'],
  ])('%o is written %s', (r, expected) => {
    expect(formatRange(r, { style: 'short' })).toBe(expected);
  });
});

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

describe('formatRange, signs and ratio words', () => {
  it('joins the ends with "to" when one is negative, whatever the unit', () => {
    expect(formatRange(range(-5, 3, '%', { sigFigs: 1 }))).toBe('-5 to 3%');
    expect(formatRange(range(-5, -3, 'USD*people'))).toBe('-5 to -3 USD*people');
  });

  it('writes a ratio word in the singular after 1 and in the plural otherwise', () => {
    expect(formatRange(range(2, 3, 'pp', { sigFigs: 1 }))).toBe('2–3 percentage points');
    expect(formatRange(range(-3, -2, 'pp', { sigFigs: 1 }))).toBe('-3 to -2 percentage points');
    expect(formatRange(range(1, 2, 'pp', { lowInclusive: false, sigFigs: 1 }))).toBe(
      'more than 1 percentage point and up to 2 percentage points',
    );
    expect(formatRange(range(0.5, 1, 'pp', { highInclusive: false, sigFigs: 1 }))).toBe(
      'at least 0.5 percentage points and less than 1 percentage point',
    );
  });

  it('writes a ratio sign once in the long style and on each end in the short', () => {
    expect(formatRange(range(3, 5, '%', { sigFigs: 1 }))).toBe('3–5%');
    expect(formatRange(range(3, 5, '%', { sigFigs: 1 }), { style: 'short' })).toBe('3%–5%');
  });
});

describe('formatRange, vague magnitudes', () => {
  it('writes a vague magnitude in words only for its own bounds', () => {
    expect(
      formatRange(range(1e4, 5e4, 'victims', { highInclusive: false, qualifier: 'vague' })),
    ).toBe('at least 10,000 and less than 50,000 victims');
    expect(
      formatRange(range(2e4, 1e5, 'victims', { highInclusive: false, qualifier: 'vague' })),
    ).toBe('at least 20,000 and less than 100,000 victims');
  });

  it('writes an exact range with a vague magnitude’s bounds in figures', () => {
    expect(formatRange(range(1e4, 1e5, 'victims', { highInclusive: false }))).toBe(
      'at least 10,000 and less than 100,000 victims',
    );
  });

  it('writes a vague magnitude of a ratio or an amount per head in figures, which its words would lose', () => {
    expect(formatRange(range(1e4, 1e5, '%', { highInclusive: false, qualifier: 'vague' }))).toBe(
      'at least 10,000% and less than 100,000%',
    );
    expect(
      formatRange(range(1e4, 1e5, 'USD/person', { highInclusive: false, qualifier: 'vague' })),
    ).toBe('at least $10,000 and less than $100,000 per person');
  });
});

describe('formatRange, best guess on an open end: "nearly X" and "just over X"', () => {
  const nearly = (low: number, high: number, central: number, sigFigs: number) =>
    range(low, high, 'people', { highInclusive: false, central, qualifier: 'approx', sigFigs });
  const justOver = (low: number, high: number, central: number, sigFigs: number) =>
    range(low, high, '%', { lowInclusive: false, central, qualifier: 'approx', sigFigs });

  it('writes an approximate [X - half a unit, X) with X central as "nearly X", X to the nearest', () => {
    expect(formatRange(nearly(17.5e6, 18e6, 18e6, 2))).toBe('nearly 18 million people');
    // 18.04 million at two figures and a guard digit is 18.0 million (up would be 18.1).
    expect(formatRange(nearly(17.9e6, 18.04e6, 18.04e6, 2))).toBe('nearly 18 million people');
  });

  it('writes an approximate (X, X + half a unit] with X central as "just over X", X to the nearest', () => {
    expect(formatRange(justOver(40, 40.5, 40, 2))).toBe('just over 40%');
    expect(formatRange(justOver(40, 40.5, 40, 2), { style: 'short' })).toBe('just over 40%');
    // 40.04 at two figures and a guard digit is 40.0 (up would be 40.1).
    expect(formatRange(justOver(40.04, 40.5, 40.04, 2))).toBe('just over 40%');
  });

  it('writes the range in full when the other end lies beyond half a unit', () => {
    expect(formatRange(justOver(40, 45, 40, 2))).toBe('more than 40% and up to 45%');
  });

  it('writes the range in full when the best guess is not the open end', () => {
    expect(formatRange(nearly(17.5e6, 18e6, 17.8e6, 2))).toBe(
      'at least 17.5 million and less than 18 million people (central 17.8 million)',
    );
    expect(formatRange(justOver(40, 40.5, 40.2, 2))).toBe(
      'more than 40% and up to 40.5% (central 40.2%)',
    );
  });

  it('writes the range in full when it is exact', () => {
    expect(
      formatRange(
        range(17.5e6, 18e6, 'people', { highInclusive: false, central: 18e6, sigFigs: 2 }),
      ),
    ).toBe('at least 17.5 million and less than 18 million people (central 18 million)');
  });

  it('writes the range in full when the figure is zero or negative', () => {
    const approx = (low: number, high: number, open: 'low' | 'high', central: number) =>
      range(low, high, '%', {
        lowInclusive: open !== 'low',
        highInclusive: open !== 'high',
        central,
        qualifier: 'approx',
        sigFigs: 2,
      });
    expect(formatRange(approx(-40.5, -40, 'high', -40))).toBe('at least -40.5% and less than -40%');
    expect(formatRange(approx(-40, -39.5, 'low', -40))).toBe('more than -40% and up to -39.5%');
    // Zero's half unit at two figures is 0.05, so these ends lie within it.
    expect(formatRange(approx(-0.05, 0, 'high', 0))).toBe('at least -0.050% and less than 0%');
    expect(formatRange(approx(0, 0.05, 'low', 0))).toBe('more than 0% and up to 0.050%');
  });
});

describe('formatRange, central values', () => {
  it('leaves out the central value of an approximate range only when it is the open end', () => {
    const approx = (lowInclusive: boolean, highInclusive: boolean, central: number) =>
      range(10, 20, '%', { lowInclusive, highInclusive, central, qualifier: 'approx', sigFigs: 2 });
    expect(formatRange(approx(true, true, 20))).toBe('about 10–20% (central 20%)');
    expect(formatRange(approx(true, true, 10))).toBe('about 10–20% (central 10%)');
    expect(formatRange(approx(true, false, 15))).toBe(
      'at least 10% and less than 20% (central 15%)',
    );
    expect(formatRange(approx(false, true, 15))).toBe('more than 10% and up to 20% (central 15%)');
  });

  it('writes the central value of an exact point, which only an approximate point leaves out', () => {
    expect(formatRange(point(3e6, 'USD', { central: 3e6, sigFigs: 1 }))).toBe(
      '$3 million (central $3 million)',
    );
  });
});

describe('formatRange, stated changes', () => {
  it('writes a rise of zero or more, and a fall of zero or less, as words and a size', () => {
    expect(formatRange(range(0, 3, '%', { change: 'rise', sigFigs: 1 }))).toBe('a rise of 0–3%');
    expect(formatRange(range(-3, 0, '%', { change: 'fall' }))).toBe('a fall of 0–3%');
    expect(formatRange(point(0, '%', { change: 'fall' }))).toBe('a fall of 0%');
    expect(formatRange(range(-5, -3, '%', { change: 'fall' }))).toBe('a fall of 3–5%');
  });

  it('writes a change whose sign disagrees as the signed figure', () => {
    expect(formatRange(point(-3, '%', { change: 'rise', sigFigs: 1 }))).toBe('-3%');
    expect(formatRange(point(3, '%', { change: 'fall', sigFigs: 1 }))).toBe('3%');
  });

  it('writes a fall’s central value as a size too', () => {
    expect(formatRange(range(-5, -3, '%', { change: 'fall', central: -4 }))).toBe(
      'a fall of 3–5% (central 4%)',
    );
    expect(formatRange(range(-3, 0, '%', { change: 'fall', central: 0 }))).toBe(
      'a fall of 0–3% (central 0%)',
    );
  });
});

describe('formatRange options', () => {
  it('shows a pure ratio as a percent when asked', () => {
    expect(formatRange(point(0.6, '1', { sigFigs: 1 }), { percent: true })).toBe('60%');
    expect(formatRange(range(0.07, 0.125, '1'), { percent: true })).toBe('7–12.5%');
    expect(formatRange(point(0.6, '1', { sigFigs: 1 }))).toBe('0.6');
    expect(
      formatRange(range(0.5, Infinity, '1', { qualifier: 'at-least', sigFigs: 1 }), {
        percent: true,
      }),
    ).toBe('at least 50%');
    expect(formatRange(range(0.1, 0.3, '1', { central: 0.2, sigFigs: 1 }), { percent: true })).toBe(
      '10–30% (central 20%)',
    );
  });

  it('scales only a pure ratio as a percent: a percent stays as it is', () => {
    expect(formatRange(point(5, '%', { sigFigs: 1 }), { percent: true })).toBe('5%');
  });

  it('follows the locale for digits and currency signs', () => {
    expect(formatRange(revenue, { locale: 'de' })).toBe('12,5–19 Milliarden\u00a0$ a year');
    expect(formatRange(point(1234.5, 'EUR'), { locale: 'en-IN' })).toBe('€1,234.5');
  });

  it('writes meanings and a central value in parentheses', () => {
    const r = range(10e6, 20e6, 'USD', {
      central: 15e6,
      meaning: { kind: 'interval', level: 0.9 },
      sigFigs: 1,
    });
    expect(formatRange(r)).toBe('$10–20 million (central $15 million) (90% interval)');
  });

  it('writes an amount per head in words, which the parser leaves out of a phrase', () => {
    const perWorker = range(0, 214285.7142857143, 'USD/person/year', {
      lowInclusive: false,
      highInclusive: false,
      sigFigs: 2,
    });
    expect(formatRange(perWorker)).toBe('more than $0 and less than $215,000 per person a year');
    expect(formatRange(perWorker, { style: 'short' })).toBe('>$0 and <$215K/person/yr');
    expect(formatRange(point(1, 'victims/compound'))).toBe('1 victim per compound');
  });

  it('writes units without plain wording by their text', () => {
    expect(formatRange(point(5, 'USD*people'))).toBe('5 USD*people');
    expect(formatRange(point(5, 'USD/person/person'))).toBe('5 USD/person^2');
    expect(formatRange(point(5, 'people^2'))).toBe('5 people^2');
    expect(formatRange(point(5, 'USD@2023'))).toBe('5 USD@2023');
    // One period and one counted noun per amount at most, and a period is one of five.
    expect(formatRange(point(5, 'USD/year/month'))).toBe('5 USD/month/year');
    expect(formatRange(point(5, 'USD/person/compound'))).toBe('5 USD/compound/person');
    expect(formatRange(point(5, 'USD/quarter'))).toBe('5 USD/quarter');
    expect(formatRange(range(-Infinity, Infinity, 'people'))).toBe('any amount in people');
  });

  it('refuses bad options and non-ranges with InvalidRangeError', () => {
    expect(() => formatRange(revenue, { style: 'tiny' as 'long' })).toThrow(InvalidRangeError);
    expect(() => formatRange(revenue, { locale: 'not a locale!' })).toThrow(InvalidRangeError);
    expect(() => formatRange(revenue, { sigFigs: 0 })).toThrow(InvalidRangeError);
    expect(() => formatRange({ ...revenue })).toThrow(InvalidRangeError);
  });

  it('explains a non-range', () => {
    expect(() => formatRange({ ...revenue })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: range must be a Range made by range(), point(), rangeFromJSON() or an operation, got an object (a copy such as { ...r } is not a Range)]`,
    );
  });

  it('explains a bad style', () => {
    expect(() =>
      formatRange(revenue, { style: 'tiny' as 'long' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: formatRange option "style" must be 'long' or 'short', got "tiny"]`,
    );
  });
});
