import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTE_CAP, sentencesAround } from './sentences-around';

const around = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return sentencesAround(text, [{ start, end: start + phrase.length }])[0];
};

describe('sentencesAround', () => {
  it('quotes the sentence a phrase is in, and cuts a long one (the TSDoc example)', () => {
    const text = 'It grew. Estimates range from $12.5 to $19 billion. Others differ.';
    expect(sentencesAround(text, [{ start: 30, end: 50 }])).toEqual([
      'Estimates range from $12.5 to $19 billion.',
    ]);
    expect(sentencesAround('5% '.repeat(10), [{ start: 15, end: 17 }], 8)).toEqual(['…5% 5%…']);
  });

  it('does not end a sentence at a decimal point, and keeps a closing quote', () => {
    const text = '“Formal estimates range from $12.5 to $19 billion per year,” it alleged. Next.';
    expect(around(text, '$12.5 to $19 billion per year')).toBe(
      '“Formal estimates range from $12.5 to $19 billion per year,” it alleged.',
    );
    expect(around('He said “it is 60%.” Then left.', '60%')).toBe('He said “it is 60%.”');
  });

  it('stops at line breaks, and takes the last sentence to the end of its line', () => {
    const text =
      'Heading with 5 words\nThe force easily exceeds 350,000 people. The revenue is $50 billion\nMore.';
    expect(around(text, '5 words')).toBe('Heading with 5 words');
    expect(around(text, '$50 billion')).toBe('The revenue is $50 billion');
    expect(around(text, '350,000 people')).toBe('The force easily exceeds 350,000 people.');
  });

  it('quotes many phrases of one sentence alike, in one pass, and spans out of order too', () => {
    const text = 'A. Up to 5% and 7% of 9 people. B.';
    const spans = ['5%', '7%', '9 people'].map((p) => ({
      start: text.indexOf(p),
      end: text.indexOf(p) + p.length,
    }));
    const quote = 'Up to 5% and 7% of 9 people.';
    expect(sentencesAround(text, spans)).toEqual([quote, quote, quote]);
    expect(sentencesAround(text, [spans[2]!, spans[0]!])).toEqual([quote, quote]);
  });

  it(`cap law: every quote is at most QUOTE_CAP (${QUOTE_CAP}) characters plus two ellipses, and holds its phrase`, () => {
    const word = fc.constantFrom('5%', 'tax', 'of', 'GDP.', '\n', '$12.5', 'and', 'x'.repeat(30));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), fc.nat(), (words, pick) => {
        const text = ['5%', ...words].join(' ');
        const at = [...text.matchAll(/5%/g)].map((m) => m.index);
        const index = at[pick % at.length]!;
        const [quote] = sentencesAround(text, [{ start: index, end: index + 2 }]);
        expect(quote!.length).toBeLessThanOrEqual(QUOTE_CAP + 2);
        expect(quote).toContain('5%');
      }),
    );
  });

  it('quotes 40,000 phrases in 120 KB without full stops within the cap each', () => {
    const text = '5% '.repeat(40_000);
    const spans = Array.from({ length: 40_000 }, (_, i) => ({ start: i * 3, end: i * 3 + 2 }));
    const quotes = sentencesAround(text, spans);
    expect(quotes).toHaveLength(40_000);
    expect(quotes.every((q) => q.length <= QUOTE_CAP + 2 && q.includes('5%'))).toBe(true);
  });
});
