import { describe, expect, it } from 'vitest';
import { readSpans as read } from '../../test-support/read-spans';

/**
 * A period written after what a figure measures is the figure's: "10 million barrels of oil
 * per day" is a flow. Read without it, the figure was a stock: 10 million barrels.
 */
describe('a period after what the figure measures', () => {
  it.each([
    [
      'The country pumps 10 million barrels of oil per day.',
      '10 million barrels of oil per day',
      '10 million barrels a day',
    ],
    [
      'The mine produces around 500,000 ounces of gold a year.',
      'around 500,000 ounces of gold a year',
      'about 500,000 ounces a year',
    ],
    [
      'Deforestation emits roughly 4.8 billion tonnes of CO2 a year.',
      'roughly 4.8 billion tonnes of CO2 a year',
      'about 4.8 billion tonnes a year',
    ],
    [
      'It emits 40 million tonnes of carbon dioxide a year.',
      '40 million tonnes of carbon dioxide a year',
      '40 million tonnes a year',
    ],
    ['Donors give $5 billion of aid a year.', '$5 billion of aid a year', '$5 billion a year'],
    [
      'They shipped 2 million tonnes of rice annually.',
      '2 million tonnes of rice annually',
      '2 million tonnes a year',
    ],
  ])('reads it: %s', (text, span, reading) => {
    expect(read(text)).toEqual([[span, reading]]);
  });

  it.each([
    ['The firm sold 200 units of stock a year ago.', '200 units', '200 units'],
    ['She gave 300 hours of her time a year earlier.', '300 hours', '300 hours'],
    ['They own 40 percent of the firm a year after the deal.', '40 percent', '40%'],
    ['It sold 200 units of which a year later half remained.', '200 units', '200 units'],
  ])('leaves out a date, a share and a function word: %s', (text, span, reading) => {
    expect(read(text)[0]).toEqual([span, reading]);
  });
});
