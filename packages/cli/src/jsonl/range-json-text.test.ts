import { point, type RangeJSON, rangeFromJSON, rangeToJSON } from '@reckon/range';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeJsonText } from './range-json-text';

/** Law: the text is the very text `JSON.stringify(rangeToJSON(range))` writes, for any range. */
describe('rangeJsonText', () => {
  const sameAsStringify = (json: RangeJSON) => {
    const range = rangeFromJSON(json);
    expect(rangeJsonText(range)).toBe(JSON.stringify(rangeToJSON(range)));
  };

  it('(the TSDoc example)', () => {
    expect(rangeJsonText(point(3000, 'people'))).toBe('{"low":3000,"high":3000,"unit":"people"}');
  });

  it('writes every field RangeJSON has as JSON.stringify does', () => {
    // Required<…>: a field added to RangeJSON and not written here fails to compile.
    const every: Required<RangeJSON> = {
      low: -1.5e-7,
      high: 2e21,
      unit: 'USD/person/year',
      lowInclusive: false,
      highInclusive: false,
      central: 3,
      qualifier: 'approx',
      meaning: { kind: 'interval', level: 0.95 },
      sigFigs: 2,
      change: 'fall',
    };
    sameAsStringify(every);
    expect(Object.keys(JSON.parse(rangeJsonText(rangeFromJSON(every))))).toEqual(
      Object.keys(every),
    );
  });

  it('writes open ends as null, and any unit text escaped', () => {
    sameAsStringify({ low: null, high: 5, unit: 'people' });
    sameAsStringify({ low: 0, high: null, unit: 'victims' });
    sameAsStringify({ low: 1, high: 1, unit: '%' });
  });

  it('agrees with JSON.stringify on arbitrary ranges', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const json = fc
      .record(
        {
          a: finite,
          b: finite,
          unit: fc.constantFrom('USD', 'people', '%', 'KHR/year', 'bp', 'tonnes/day', '1'),
          qualifier: fc.constantFrom('exact', 'approx', 'at-least', 'at-most', 'vague'),
          sigFigs: fc.integer({ min: 1, max: 17 }),
          change: fc.constantFrom('rise', 'fall'),
          lowOpen: fc.boolean(),
          highOpen: fc.boolean(),
          exclusive: fc.boolean(),
        },
        { requiredKeys: ['a', 'b', 'unit', 'lowOpen', 'highOpen'] },
      )
      .map((r): RangeJSON => {
        const [low, high] = r.a <= r.b ? [r.a, r.b] : [r.b, r.a];
        return {
          low: r.lowOpen ? null : low,
          high: r.highOpen ? null : high,
          unit: r.unit,
          ...(r.exclusive && !r.lowOpen && !r.highOpen && low < high
            ? { lowInclusive: false }
            : {}),
          ...(r.sigFigs === undefined ? {} : { sigFigs: r.sigFigs }),
          ...(r.change === undefined ? {} : { change: r.change }),
        };
      });
    fc.assert(
      fc.property(json, (j) => {
        let range: ReturnType<typeof rangeFromJSON> | undefined;
        try {
          range = rangeFromJSON(j);
        } catch {
          range = undefined;
        }
        // Not a valid range (sigFigs against a value, say): nothing to write. fast-check
        // fails the run if it has to skip too many.
        fc.pre(range !== undefined);
        expect(rangeJsonText(range)).toBe(JSON.stringify(rangeToJSON(range)));
      }),
      { numRuns: 2000 },
    );
  });
});
