import { describe, expect, it } from 'vitest';
import { InvalidRangeError } from '../errors';
import { parseRange } from '../parse/parse-range';
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

  it('writes "nearly X" where X less half a unit is not a double, as the parser reads it', () => {
    // 0.2 - 0.05 is 0.15000000000000002; "almost a fifth" is read as [0.15, 0.2).
    expect(formatRange(parseRange('almost a fifth'))).toBe('nearly 0.2');
    expect(formatRange(parseRange('almost a third'))).toBe('nearly 0.333');
    expect(
      formatRange(
        range(0.15, 0.2, '1', {
          highInclusive: false,
          central: 0.2,
          qualifier: 'approx',
          sigFigs: 1,
        }),
      ),
    ).toBe('nearly 0.2');
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
