import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';
import { extractRanges } from './extract-ranges';

/**
 * Market and economy reports move their figures with verbs of their own: a currency
 * "weakened 0.8%", an index "rallied 2.3%", an economy "expanded 5.3%". Read as plain
 * figures, every fall among them came out positive, as if it were a level or a rise.
 */
describe('the verbs of market reports', () => {
  it.each([
    ['The yen weakened 0.8% against the dollar.', 'weakened 0.8%', 'a fall of 0.8%'],
    ['New Zealand house prices softened 0.3% in November.', 'softened 0.3%', 'a fall of 0.3%'],
    [
      'Fertiliser prices doubled before easing by 40 per cent.',
      'easing by 40 per cent',
      'a fall of 40%',
    ],
    ['Prices are expected to ease 0.5% next year.', 'ease 0.5%', 'a fall of 0.5%'],
    ['The rupiah depreciated 1.2% over the week.', 'depreciated 1.2%', 'a fall of 1.2%'],
    ['Demand cooled by 5% in the quarter.', 'cooled by 5%', 'a fall of 5%'],
    ['Oil prices retreated 1.5% on Friday.', 'retreated 1.5%', 'a fall of 1.5%'],
    ['Copper crashed 6% on Friday.', 'crashed 6%', 'a fall of 6%'],
    ['Bitcoin dived 8% overnight.', 'dived 8%', 'a fall of 8%'],
    ['The stock collapsed 40% after the audit.', 'collapsed 40%', 'a fall of 40%'],
    ['Malaysia’s GDP expanded 5.3% in the third quarter.', 'expanded 5.3%', 'a rise of 5.3%'],
    ['The won strengthened 0.4% after the data.', 'strengthened 0.4%', 'a rise of 0.4%'],
    [
      'The ringgit appreciated by about 11% this year.',
      'appreciated by about 11%',
      'a rise of about 11%',
    ],
    ['Tourism revenue rebounded 25% last year.', 'rebounded 25%', 'a rise of 25%'],
    ['Gold prices spiked 2% after the announcement.', 'spiked 2%', 'a rise of 2%'],
    ['The Nikkei skyrocketed 10% in a day.', 'skyrocketed 10%', 'a rise of 10%'],
    ['Iron ore firmed 1.1% on Monday.', 'firmed 1.1%', 'a rise of 1.1%'],
  ])('reads the direction: %s', (text, span, written) => {
    expect(read(text)).toEqual([[span, written]]);
  });

  it('keeps a level after "to" a level', () => {
    expect(read('Inflation eased to 2.1% in October.')).toEqual([['2.1%', '2.1%']]);
  });

  it.each([
    ['He earned a cool $5 million from the deal.', '$5 million', '$5 million'],
    ['Since the crash 10 years ago, prices have recovered.', '10 years', '10 years'],
    ['They rallied 5,000 supporters in the square.', '5,000 supporters', '5,000 supporters'],
    ['Troops advanced 30 miles overnight.', '30 miles', '30 miles'],
  ])('keeps a noun, an adjective or an object a plain figure: %s', (text, span, written) => {
    expect(read(text)).toContainEqual([span, written]);
  });

  it('reads "from X to Y" after such a verb as the old level and the new one', () => {
    const found = extractRanges('The rupee weakened from 83 to 84.');
    expect(found.map((f) => [f.text, f.revision])).toEqual([
      ['83', 'from'],
      ['84', 'to'],
    ]);
  });
});
