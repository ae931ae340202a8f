import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  scoreParagraphs,
  scorePhrases,
  type TaggedParagraph,
  type TaggedPhrase,
  tally,
  tallyByTag,
} from '../../test-support/corpus-outcomes';
import { type CorpusRange, differences } from '../../test-support/corpus-score';
import { range } from '../range';

const people: CorpusRange = {
  low: 350000,
  high: null,
  lowInclusive: false,
  highInclusive: false,
  unit: 'people',
  qualifier: 'more-than',
};
const source = { title: 'fixture', url: null };
const phrase = (id: string, text: string, expected: CorpusRange, tags: string[]): TaggedPhrase => ({
  id,
  phrase: text,
  source,
  expected,
  tags,
});

describe('scoring a tagged corpus', () => {
  it('tells a right reading, a silent misreading and a refusal apart', () => {
    const items = scorePhrases(
      [
        phrase('x1', 'more than 350,000 people', people, ['ordinary']),
        phrase('x2', 'more than 350,000 people', { ...people, low: 400000 }, ['ordinary']),
        phrase('x3', 'no quantity here', people, ['ordinary', 'change']),
      ],
      new Set(['x3']),
    );
    expect(items.map((i) => i.outcome)).toEqual(['right', 'misread', 'refused']);
    expect(items[1]?.problems).toEqual(['low 350000 ≠ 400000']);
    expect(items.map((i) => i.heldOut)).toEqual([false, false, true]);
    expect(tally(items)).toEqual({ total: 3, right: 1, misread: 1, refused: 1, crashed: 0 });
    expect(tallyByTag(items)).toEqual([
      ['ordinary', { total: 3, right: 1, misread: 1, refused: 1, crashed: 0 }],
      ['change', { total: 1, right: 0, misread: 0, refused: 1, crashed: 0 }],
    ]);
  });

  it('scores a label marker the reading lacks as wrong, and one it has as right', () => {
    const plain = range(350000, Number.POSITIVE_INFINITY, 'people', {
      lowInclusive: false,
      highInclusive: false,
      qualifier: 'more-than',
    });
    expect(differences(plain, { ...people, change: 'fall' })).toEqual(['change (none) ≠ fall']);
    expect(differences(plain, { ...people, base: 'GDP' })).toEqual(['base (none) ≠ GDP']);
    expect(differences(plain, { ...people, meaning: { kind: 'interval', level: 0.9 } })).toEqual([
      'meaning (none) ≠ interval@0.9',
    ]);
    expect(
      differences(
        { ...plain, change: 'fall', base: 'GDP' },
        { ...people, change: 'fall', base: 'GDP' },
      ),
    ).toEqual([]);
    expect(differences({ ...plain, change: 'rise' }, people)).toEqual(['change rise ≠ (none)']);
  });

  it('scores paragraph spans: same span and reading, a wrong reading, nothing found', () => {
    const text = 'More than 350,000 people fled.';
    const paragraph = (expected: TaggedParagraph['expected']): TaggedParagraph => ({
      id: 'g1',
      text,
      source,
      expected,
      tags: ['ordinary'],
    });
    const span = { start: 0, end: 24, text: 'More than 350,000 people' };
    const [right] = scoreParagraphs([paragraph([{ ...span, range: people }])], new Set());
    expect(right?.outcome).toBe('right');
    const [revision] = scoreParagraphs(
      [paragraph([{ ...span, range: { ...people, revision: 'to' } }])],
      new Set(['g1']),
    );
    expect(revision?.outcome).toBe('misread');
    expect(revision?.heldOut).toBe(true);
    const [missed] = scoreParagraphs(
      [paragraph([{ start: 25, end: 29, text: 'fled', range: people }])],
      new Set(),
    );
    expect(missed?.outcome).toBe('refused');
  });
});

describe('the newsroom corpus', () => {
  const corpus = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../../../tests/corpus/${name}`, import.meta.url), 'utf8'));
  const phrases = corpus('phrases-newsroom.json') as TaggedPhrase[];
  const paragraphs = corpus('paragraphs-newsroom.json') as TaggedParagraph[];
  const heldOut = new Set((corpus('newsroom-split.json') as { heldOut: string[] }).heldOut);

  it('is scored item by item, and no item crashes the parser (a crash is a bug, whatever the score)', () => {
    const items = [...scorePhrases(phrases, heldOut), ...scoreParagraphs(paragraphs, heldOut)];
    const spans = paragraphs.reduce((n, p) => n + p.expected.length, 0);
    const all = tally(items);
    expect(all.total).toBe(phrases.length + spans);
    expect(all.right + all.misread + all.refused + all.crashed).toBe(all.total);
    const crashes = items
      .filter((i) => i.outcome === 'crashed')
      .map((i) => `${i.id}: ${i.problems}`);
    expect(crashes).toEqual([]);
    // The score itself is a report (bench/score-corpus.ts prints it in full), not a threshold.
    const held = tally(items.filter((i) => i.heldOut));
    console.log(
      `newsroom corpus: ${all.right}/${all.total} exact, ${all.misread} misread, ${all.refused} refused; ` +
        `held-out ${held.right}/${held.total}`,
    );
  });
});
