import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { parseRange } from './parse-range';

describe('"X to Y" after a change or "by": a range of change, or the change and a new level', () => {
  it.each([
    'The budget was cut by $500 million to $1.2 billion.',
    'The budget was slashed by $500 million to $1.2 billion.',
    // Verbs that say who acted are not changes, but "by" before the figure still says it
    // is the size of one.
    'The budget was reduced by $500 million to $1.2 billion.',
    'The budget was trimmed by $500 million to $1.2 billion.',
    'Shares fell 5% to 10%.',
  ])('is refused when each figure is written whole and they are close: %s', (text) => {
    expect(read(text)).toEqual([]);
    expect(() => parseRange(text)).toThrow('may be the change and the new level');
  });

  it.each([
    ['Prices dropped 3 to 5 percent.', 'dropped 3 to 5 percent', 'a fall of 3–5%'],
    ['Costs were cut by $2 to $3 billion.', 'cut by $2 to $3 billion', 'a fall of $2–3 billion'],
    ['Sales rose by 2 to 3 percent.', 'rose by 2 to 3 percent', 'a rise of 2–3%'],
    ['Prices were raised by 5 to 10 percent.', '5 to 10 percent', '5–10%'],
  ])('is a range when the low end borrows its unit or scale: %s', (text, span, shown) => {
    expect(read(text)).toEqual([[span, shown]]);
  });

  it('is the change and the new level when the level is over ten times the change', () => {
    expect(read('Claims fell 7,750 to 297,000.')).toEqual([
      ['fell 7,750', 'a fall of 7,750'],
      ['297,000', '297,000'],
    ]);
    expect(read('The backlog was reduced by 7,750 to 297,000.')).toEqual([
      ['7,750', '7,750'],
      ['297,000', '297,000'],
    ]);
  });

  it('is the change and the new level when the units differ', () => {
    expect(read('Remittances rose 2.6 percent to $3.02 billion.')).toEqual([
      ['rose 2.6 percent', 'a rise of 2.6%'],
      ['$3.02 billion', '$3.02 billion'],
    ]);
  });
});
