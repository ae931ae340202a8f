import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePhrases, type TaggedPhrase, tally } from '../../test-support/corpus-outcomes';
import {
  type CorpusNonQuantity,
  type CorpusParagraph,
  type CorpusPhrase,
  differences,
} from '../../test-support/corpus-score';
import { extractRanges } from './extract-ranges';
import { parseRange } from './parse-range';

// The corpus lives at the top of the repository: tests/corpus/ beside packages/.
const corpus = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../tests/corpus/${name}`, import.meta.url), 'utf8'));

const phrases = corpus('phrases.json') as CorpusPhrase[];
const nonQuantities = corpus('non-quantities.json') as CorpusNonQuantity[];
const paragraphs = corpus('paragraphs.json') as CorpusParagraph[];

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('the labelled corpus', () => {
  it('parseRange agrees with at least 95% of the labelled phrases', () => {
    const misses: string[] = [];
    for (const entry of phrases) {
      let problems: string[];
      try {
        problems = differences(parseRange(entry.phrase), entry.expected);
      } catch (error) {
        problems = [(error as Error).message];
      }
      if (problems.length > 0) {
        misses.push(`${entry.id} ${JSON.stringify(entry.phrase)}: ${problems.join('; ')}`);
      }
    }
    const accuracy = (phrases.length - misses.length) / phrases.length;
    console.log(
      `corpus phrases: ${phrases.length - misses.length}/${phrases.length} = ${percent(accuracy)}` +
        (misses.length > 0 ? `\nmisses:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('extractRanges finds no quantity in at least 95% of the non-quantities', () => {
    const misreads: string[] = [];
    for (const entry of nonQuantities) {
      const found = extractRanges(entry.phrase);
      if (found.length > 0) {
        misreads.push(
          `${entry.id} ${JSON.stringify(entry.phrase)}: read ${JSON.stringify(found.map((f) => f.text))}`,
        );
      }
    }
    const rate = (nonQuantities.length - misreads.length) / nonQuantities.length;
    console.log(
      `corpus non-quantities left alone: ${nonQuantities.length - misreads.length}/${nonQuantities.length} = ${percent(rate)}` +
        (misreads.length > 0 ? `\nmisreads:\n  ${misreads.join('\n  ')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('extractRanges finds the labelled spans of the paragraphs, with their ranges', () => {
    let expectedCount = 0;
    let exact = 0;
    let foundCount = 0;
    const report: string[] = [];
    for (const paragraph of paragraphs) {
      const found = extractRanges(paragraph.text);
      foundCount += found.length;
      expectedCount += paragraph.expected.length;
      for (const want of paragraph.expected) {
        const got = found.find((f) => f.start === want.start && f.end === want.end);
        const problems = got ? differences(got.range, want.range) : ['span not found'];
        if (problems.length === 0) exact++;
        else report.push(`${paragraph.id} ${JSON.stringify(want.text)}: ${problems.join('; ')}`);
      }
      for (const f of found) {
        if (!paragraph.expected.some((w) => w.start === f.start && w.end === f.end)) {
          report.push(`${paragraph.id} extra ${JSON.stringify(f.text)} at ${f.start}`);
        }
      }
    }
    const recall = exact / expectedCount;
    const precision = exact / foundCount;
    console.log(
      `corpus paragraphs: ${exact}/${expectedCount} labelled spans found with the same span and range ` +
        `(recall ${percent(recall)}, precision ${percent(precision)})` +
        (report.length > 0 ? `\n  ${report.join('\n  ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the newsroom corpus (issue 15)', () => {
  const newsroom = corpus('phrases-newsroom.json') as TaggedPhrase[];
  const heldOut = new Set((corpus('newsroom-split.json') as { heldOut: string[] }).heldOut);
  const items = scorePhrases(newsroom, heldOut);

  it('parseRange reads at least 97% of the newsroom phrases exactly', () => {
    const all = tally(items);
    expect(all.total).toBeGreaterThanOrEqual(300);
    expect(all.right / all.total).toBeGreaterThanOrEqual(0.97);
  });

  it('parseRange reads at least 95% of the held-out split exactly', () => {
    const held = tally(items.filter((i) => i.heldOut));
    expect(held.total).toBeGreaterThan(0);
    expect(held.right / held.total).toBeGreaterThanOrEqual(0.95);
  });

  it('misreads no phrase of the tuning split silently: each is right or refused', () => {
    const misread = items.filter((i) => !i.heldOut && i.outcome === 'misread');
    expect(misread.map((i) => `${i.id} ${i.text}: ${i.problems.join('; ')}`)).toEqual([]);
  });
});
