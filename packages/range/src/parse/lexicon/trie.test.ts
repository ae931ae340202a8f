import { describe, expect, it } from 'vitest';
import { TokenStream } from '../token-stream';
import { buildTrie, matchLongest } from './trie';

const trie = buildTrie<string>([
  ['more', 'more'],
  ['more than', 'more than'],
  ['in excess of', 'in excess of'],
  ['A$', 'AUD', { tight: true }],
  ['visit', 'visit'],
  // Entries no text can match: a web address and hidden text are opaque tokens.
  ['visit www.example.com', 'address after a word'],
  ['www.example.com', 'address'],
  ['\u202emore', 'hidden'],
]);

/** The match at token `i` of `text`, as [value, tokens spanned]. */
function match(text: string, i = 0): [string, number] | undefined {
  const found = matchLongest(new TokenStream(text), i, trie);
  return found && [found.value, found.length];
}

describe('matchLongest', () => {
  it('gives the longest entry that starts at the token, and how many tokens it spans', () => {
    expect(match('more than 5')).toEqual(['more than', 2]);
    expect(match('more 5')).toEqual(['more', 1]);
    expect(match('in excess of 5')).toEqual(['in excess of', 3]);
    expect(match('rose by more than 5', 2)).toEqual(['more than', 2]);
  });

  it('matches words in any case, by their lower case', () => {
    expect(match('More Than 5')).toEqual(['more than', 2]);
  });

  it('finds nothing where no entry starts, or an entry is not written in full', () => {
    expect(match('less than 5')).toBeUndefined();
    expect(match('in 2025')).toBeUndefined();
    expect(match('in excess')).toBeUndefined();
  });

  it('keeps the longest entry read so far when the input ends inside a longer one', () => {
    expect(match('more')).toEqual(['more', 1]);
    expect(match('', 0)).toBeUndefined();
  });

  it('matches a tight entry only where its tokens touch', () => {
    expect(match('A$5 million')).toEqual(['AUD', 2]);
    expect(match('A $5 million')).toBeUndefined();
  });

  it('never reads into a web address or hidden text, first token or later', () => {
    expect(match('visit www.example.com today')).toEqual(['visit', 1]);
    expect(match('www.example.com')).toBeUndefined();
    expect(match('\u202emore')).toBeUndefined();
  });
});
