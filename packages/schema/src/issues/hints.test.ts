import { describe, expect, it } from 'vitest';
import { safeParseEstimate } from '../index';

const base = { id: 'e', metric: 'deaths', range: { low: 2658, high: 3290, unit: 'deaths' } };
const messagesOf = (input: unknown) => {
  const result = safeParseEstimate(input);
  return result.success ? [] : result.issues.map(({ path, message }) => `${path}: ${message}`);
};

describe('validation hints point the right way', () => {
  it('level: 95 says to write 0.95', () => {
    const input = { ...base, range: { ...base.range, meaning: { kind: 'interval', level: 95 } } };
    expect(messagesOf(input)).toEqual([
      "range.meaning.level: an interval's level is a fraction strictly between 0 and 1: write 0.95 for 95%",
    ]);
  });

  it.each([
    ['US dollars/year', 'USD/year'],
    ['dollars', 'USD'],
    ['usd/year', 'USD/year'],
  ])('a unit of %s suggests %s', (written, meant) => {
    const input = { ...base, range: { ...base.range, unit: written } };
    expect(messagesOf(input)).toEqual([
      `range.unit: "${written}" names a currency in words: write its ISO 4217 code, "${meant}"`,
    ]);
  });

  it.each([
    ['dead', 'deaths'],
    ['victim', 'victims'],
    ['killed/year', 'deaths/year'],
  ])('a count unit of %s suggests %s', (written, meant) => {
    const input = { ...base, range: { ...base.range, unit: written } };
    expect(messagesOf(input)).toEqual([
      `range.unit: "${written.split('/')[0]}" is not a plural count noun: a count unit names what is counted, in the plural, e.g. "${meant}"`,
    ]);
  });

  it('accepts plural nouns and the usual per-person rate', () => {
    for (const unit of ['deaths', 'victims', 'people', 'USD/person/year', 'compounds']) {
      expect(messagesOf({ ...base, range: { ...base.range, unit } }), unit).toEqual([]);
    }
  });

  it('offers "did you mean" for a misspelt enum value', () => {
    const input = { ...base, range: { ...base.range, qualifier: 'aprox' } };
    expect(messagesOf(input)).toEqual([
      'range.qualifier: expected one of "exact", "approx", "at-least", "more-than", "at-most", "less-than", "vague"; received "aprox" (did you mean "approx"?)',
    ]);
  });

  it.each([
    ['period', '2016', '{ "start": "2016", "end": "2018" } or { "text": "in recent years" }'],
    ['relativeTo', 'GDP', '{ "metric": "GDP", "metricKey": "gdp" }'],
  ])('an object given as a string (%s) shows the shape expected', (field, value, example) => {
    expect(messagesOf({ ...base, [field]: value })).toEqual([
      `${field}: expected an object, received "${value}": write it like ${example}`,
    ]);
  });

  it('shows the shape of a range meaning given as a string', () => {
    const input = { ...base, range: { ...base.range, meaning: 'interval' } };
    expect(messagesOf(input)).toEqual([
      'range.meaning: expected an object, received "interval": write it like { "kind": "interval", "level": 0.95 }',
    ]);
  });

  it('refuses control characters in text other than tab and newline, saying which and where', () => {
    expect(messagesOf({ ...base, metric: 'deaths\u0007 in 2017' })).toEqual([
      'metric: contains the control character U+0007 at position 6: remove it (only tab and newline are allowed in text; write a line break as a newline)',
    ]);
    expect(messagesOf({ ...base, metric: 'deaths\u009b' })).toHaveLength(1);
    expect(messagesOf({ ...base, method: 'step one\tthen\nstep two' })).toEqual([]);
  });
});
