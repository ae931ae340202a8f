import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

/**
 * A verb in the -s form right after a figure is its predicate, not what it counts: "a family
 * of six receives a monthly ration" was six "receives" per "monthly".
 */
describe('a verb after a figure', () => {
  it.each([
    ['A family of six receives a monthly ration of rice.', []],
    [
      'Each of the 300 receives $5.',
      [
        ['300', '300'],
        ['$5', '$5'],
      ],
    ],
    ['Of the applicants, 40 gets a place.', [['40', '40']]],
  ])('is not counted: %s', (text, spans) => {
    expect(read(text)).toEqual(spans);
  });

  it.each([
    ['The fighting claimed 300 lives.', [['300 lives', '300 lives']]],
    [
      'The bowler took 5 wickets for 11 runs.',
      [
        ['5 wickets', '5 wickets'],
        ['11 runs', '11 runs'],
      ],
    ],
  ])('leaves a noun that is also a verb counted: %s', (text, spans) => {
    expect(read(text)).toEqual(spans);
  });
});
