import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as RangeApi from '../../packages/range/src/index.ts';
import { repoRoot } from './workspace';

/**
 * The published build of `@reckon/range` is not the source run through a type stripper: it
 * is one module per file, with internal property names shortened (`internal-properties.ts`).
 * A name shortened in one place and not in another, or a public field shortened by mistake,
 * would show only in the build, so the build is held to the source on every corpus text:
 * each phrase is read, written back long and short, and each sentence and paragraph
 * extracted, by both, and the outcomes compared field by field (names included).
 */

type Api = typeof RangeApi;

interface CorpusText {
  readonly phrase?: string;
  readonly sentence?: string;
  readonly text?: string;
}

const corpusFiles = [
  'phrases.json',
  'phrases-newsroom.json',
  'non-quantities.json',
  'paragraphs.json',
  'paragraphs-newsroom.json',
];

const texts = corpusFiles.flatMap((file) =>
  (JSON.parse(readFileSync(join(repoRoot, 'tests/corpus', file), 'utf8')) as CorpusText[]).flatMap(
    (item) => [item.phrase, item.sentence, item.text].filter((t) => t !== undefined),
  ),
);

/** What a call gave, as data: its value, or its error's class, message and own fields. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return { error: error.name, message: error.message, fields: { ...error } };
  }
}

/** A range as data: its own field names in order, its JSON and how it is written. */
function shown(api: Api, r: RangeApi.Range) {
  return {
    keys: Object.keys(r),
    json: JSON.stringify(r),
    unit: [r.unit.text, r.unit.dimension, r.unit.factor, Object.keys(r.unit)],
    long: outcome(() => api.formatRange(r)),
    short: outcome(() => api.formatRange(r, { style: 'short' })),
  };
}

/** Everything the package does with one text. */
function readAll(api: Api, text: string): unknown {
  return {
    parsed: outcome(() => shown(api, api.parseRange(text))),
    extracted: outcome(() =>
      api.extractRanges(text).map((found) => ({
        keys: Object.keys(found),
        fields: JSON.stringify(found),
        range: shown(api, found.range),
      })),
    ),
  };
}

describe('the built @reckon/range', () => {
  let built: Api;
  let source: Api;

  beforeAll(async () => {
    const dist = join(repoRoot, 'packages/range/dist/index.js');
    built = (await import(pathToFileURL(dist).href)) as Api;
    source = await import('../../packages/range/src/index.ts');
  });

  it('has texts to compare', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('reads, extracts and writes back every corpus text exactly as the source does', () => {
    const differing = texts.filter(
      (text) => JSON.stringify(readAll(built, text)) !== JSON.stringify(readAll(source, text)),
    );
    expect(differing).toEqual([]);
  });

  it('computes as the source does: div of two parsed ranges, and its errors', () => {
    const pairs: [string, string][] = [
      ['$12.5 to $19 billion per year', '350,000 people'],
      ['between $50 and 75 billion', '60%'],
      ['$3 million', '0 to 5 people'],
    ];
    for (const [a, b] of pairs) {
      const run = (api: Api) =>
        outcome(() => shown(api, api.div(api.parseRange(a), api.parseRange(b))));
      expect(JSON.stringify(run(built)), `${a} / ${b}`).toBe(JSON.stringify(run(source)));
    }
  });
});
