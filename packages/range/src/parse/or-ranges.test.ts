import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

/**
 * "X or Y" is a range when the two share a unit or a scale written once: "2 or 3 million
 * people" was a bare 2 and 3 million people, "10 or 20 percent" a bare 10 and 20%.
 */
describe('two figures joined by "or"', () => {
  it.each([
    ['Two or three million people fled.', 'Two or three million people', '2–3 million people'],
    ['2 or 3 million people fled.', '2 or 3 million people', '2–3 million people'],
    ['5 or 6 people died.', '5 or 6 people', '5–6 people'],
    ['Tariffs of 10 or 20 percent.', '10 or 20 percent', '10–20%'],
    ['They earn $5 or $6 a day.', '$5 or $6 a day', '$5–6 a day'],
    ['It will take 20 or 30 years.', '20 or 30 years', '20–30 years'],
    [
      'It rose 1 or 2 percentage points.',
      'rose 1 or 2 percentage points',
      'a rise of 1–2 percentage points',
    ],
    ['Prices fell 2% or 3% last month.', 'fell 2% or 3%', 'a fall of 2–3%'],
  ])('reads a range: %s', (text, span, written) => {
    expect(read(text)).toEqual([[span, written]]);
  });

  it.each([
    ['People 65 or older.', [['65 or older', 'at least 65']]],
    ['Families with 5 or more children.', [['5 or more children', 'at least 5 children']]],
    ['Only 50 or so people came.', [['50 or so people', 'about 50 people']]],
  ])('leaves "or" and a comparative a bound: %s', (text, spans) => {
    expect(read(text)).toEqual(spans);
  });

  it.each([
    [
      'It costs $5 billion or 3% of GDP.',
      [
        ['$5 billion', '$5 billion'],
        ['3%', '3%'],
      ],
    ],
    [
      'Cuts of 10,000 or 2% of the workforce.',
      [
        ['10,000', '10,000'],
        ['2%', '2%'],
      ],
    ],
    [
      'Of those, 155 million children under the age of five or 23 percent are stunted.',
      [
        ['155 million children', '155 million children'],
        ['23 percent', '23%'],
      ],
    ],
  ])('reads a restatement in other terms as two figures: %s', (text, spans) => {
    expect(read(text)).toEqual(spans);
  });
});
