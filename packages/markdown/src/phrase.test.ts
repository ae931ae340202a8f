import type { Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { data, phrase } from './phrase';

const words = (value: string): Text => ({ type: 'text', value });

describe('phrase', () => {
  it("joins the brief's words and data text into one text node (the TSDoc example)", () => {
    expect(phrase('By ', data('Jacob Sims'), '.')).toEqual([
      { type: 'text', value: 'By Jacob Sims.' },
    ]);
  });

  it('normalises data text but keeps its own words as written', () => {
    expect(phrase(' by ', data('  Jacob\nSims '), ' ')).toEqual([
      { type: 'text', value: ' by Jacob Sims ' },
    ]);
  });

  it('skips undefined and false pieces and flattens nested arrays', () => {
    expect(phrase(undefined, false, ['a', ['b', false, [data('c')]]])).toEqual([
      { type: 'text', value: 'abc' },
    ]);
  });

  it('guards the joined text, so words and data cannot form an autolink between them', () => {
    expect(phrase('Write to desk', data('@example.org'))).toEqual([
      { type: 'text', value: 'Write to ' },
      { type: 'inlineCode', value: 'desk@example.org' },
    ]);
  });

  it('keeps nodes as they are, splitting text around them', () => {
    const strong = { type: 'strong' as const, children: [words('S')] };
    expect(phrase('a', strong, 'b')).toEqual([words('a'), strong, words('b')]);
  });

  it('gives nothing for nothing', () => {
    expect(phrase()).toEqual([]);
    expect(phrase(data(' \n '))).toEqual([]);
  });
});
