import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence-around';

const around = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return sentenceAround(text, start, start + phrase.length);
};

describe('sentenceAround', () => {
  it('quotes the sentence a phrase is in (the TSDoc example)', () => {
    const text = 'It grew. Estimates range from $12.5 to $19 billion. Others differ.';
    expect(sentenceAround(text, 30, 50)).toBe('Estimates range from $12.5 to $19 billion.');
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
});
