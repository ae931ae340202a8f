import { readFileSync } from 'node:fs';
import type { CorpusParagraph, CorpusPhrase } from '../test-support/corpus-score';
import { seedArticleAsQuoted } from '../test-support/seed-quotes';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The labelled corpus phrases. */
export const phrases = JSON.parse(read('tests/corpus/phrases.json')) as CorpusPhrase[];
/** The labelled corpus paragraphs. */
export const paragraphs = JSON.parse(read('tests/corpus/paragraphs.json')) as CorpusParagraph[];

/**
 * The texts extraction is timed on, each read on its own: the seed article as its dossier
 * quotes it (the full text is kept beside the repository), line by line, then the corpus
 * paragraphs and the corpus phrases' sentences.
 */
export const chunks: readonly string[] = [
  ...seedArticleAsQuoted().split('\n'),
  ...paragraphs.map((p) => p.text),
  ...phrases.map((p) => p.sentence ?? p.phrase),
].filter((c) => c.trim() !== '');

/** The chunks joined and repeated to about 2 MB: one long text read at once. */
export const large = chunks.join('\n\n').repeat(Math.ceil(2_000_000 / chunks.join('\n\n').length));

/** Size in MB (10^6 bytes of UTF-8). */
export const mb = (s: string): number => Buffer.byteLength(s, 'utf8') / 1e6;

/** Size of all the chunks, in MB. */
export const chunkMb = chunks.reduce((n, c) => n + mb(c), 0);
