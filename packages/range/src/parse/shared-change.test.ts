import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

/**
 * A second figure joined by "and" to a change shares its verb: "contracted 7.8% in 2022 and
 * 2.3% in 2023" is two falls. Read alone, the second was a level, and the fall came out as
 * a rise of sorts: a positive 2.3%.
 */
describe('a change whose verb two figures share', () => {
  it.each([
    [
      'The economy contracted 7.8% in 2022 and 2.3% in 2023.',
      [
        ['contracted 7.8%', 'a fall of 7.8%'],
        ['2.3%', 'a fall of 2.3%'],
      ],
    ],
    [
      'Consumer prices rose 0.3% m/m and 3.2% y/y in October.',
      [
        ['rose 0.3%', 'a rise of 0.3%'],
        ['3.2%', 'a rise of 3.2%'],
      ],
    ],
    [
      'Imports and exports fell 3% and 5%, respectively.',
      [
        ['fell 3%', 'a fall of 3%'],
        ['5%', 'a fall of 5%'],
      ],
    ],
    [
      'Chinese imports declined by 17.9% and 21.3% in November and December.',
      [
        ['declined by 17.9%', 'a fall of 17.9%'],
        ['21.3%', 'a fall of 21.3%'],
      ],
    ],
    [
      'Losses fell $2bn in 2022 and $3bn in 2023.',
      [
        ['fell $2bn', 'a fall of $2 billion'],
        ['$3bn', 'a fall of $3 billion'],
      ],
    ],
    [
      'Prices rose 3% year-on-year in May 2022 and 2% in 2023.',
      [
        ['rose 3%', 'a rise of 3%'],
        ['2%', 'a rise of 2%'],
      ],
    ],
    [
      'Sales rose 3% year-on-year and 2% quarter-on-quarter.',
      [
        ['rose 3%', 'a rise of 3%'],
        ['2%', 'a rise of 2%'],
      ],
    ],
  ])('gives the second the change’s direction: %s', (text, readings) => {
    expect(read(text)).toEqual(readings);
  });

  it.each([
    ['Prices rose 3% and 40% of households said so.', '40%'],
    ['Prices fell 3%, and 5% of firms closed.', '5%'],
    ['Exports rose 3% last year and 5% was the target.', '5%'],
    ['Exports rose 3% after the deal and 5% came later.', '5%'],
    ['Sales rose 3% and 200 people were hired.', '200 people'],
    ['Output rose 3% and $5bn was spent.', '$5bn'],
    ['Prices rose 3% in 2022 and -2% in 2023.', '-2%'],
    ['Prices rose 3% in 2022, 2% in 2023.', '2%'],
    ['Prices were 3% in 2022 and 2% in 2023.', '2%'],
    ['Prices rose 3% in 2022 and $5bn in 2023.', '$5bn'],
  ])('leaves a figure that is no second change as written: %s', (text, second) => {
    expect(read(text)[1]).toEqual([second, second === '$5bn' ? '$5 billion' : second]);
  });

  it('leaves a second change its own direction', () => {
    expect(read('Prices rose 5% and fell 2%.')).toEqual([
      ['rose 5%', 'a rise of 5%'],
      ['fell 2%', 'a fall of 2%'],
    ]);
  });
});
