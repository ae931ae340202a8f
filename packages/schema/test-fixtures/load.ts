/**
 * Loads the test documents. Files are read with `JSON.parse`, as a consumer would, so a
 * `"__proto__"` key arrives as an own property exactly as it would from the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { IssueCode } from '../src/index';
import { generatedFixtures } from './broken/generated';

/** The issue a broken document must produce. */
export interface ExpectedIssue {
  readonly path: string;
  readonly code: IssueCode;
}

/** A deliberately broken document and what validators must say about it. */
export interface BrokenFixture {
  readonly name: string;
  readonly description: string;
  /** Every issue zod must report, in order. */
  readonly issues: readonly ExpectedIssue[];
  /** Whether the generated JSON Schema can see the problem (`rejects`) or not (`accepts`). */
  readonly jsonSchema: 'accepts' | 'rejects';
  /** For a rule JSON Schema cannot state: its name in the README's list. */
  readonly zodOnlyRule?: string;
  /** The document's JSON text. */
  text(): string;
}

const read = (url: URL): string => readFileSync(url, 'utf8');

/** The dossier of the worked example: every fact of the seed article. */
export function seedText(): string {
  return read(new URL('../../../examples/cambodia-scam-economy/dossier.json', import.meta.url));
}

/** The smallest dossier the broken documents are variations of. */
export function minimalText(): string {
  return read(new URL('./valid/minimal.json', import.meta.url));
}

/** Every broken document: the JSON files in `broken/`, then the generated huge ones. */
export function brokenFixtures(): BrokenFixture[] {
  const dir = new URL('./broken/', import.meta.url);
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const fromFiles = files.map((file): BrokenFixture => {
    const raw = read(new URL(file, dir));
    const parsed = JSON.parse(raw) as Omit<BrokenFixture, 'name' | 'text'> & { document: unknown };
    const { document, ...meta } = parsed;
    return { ...meta, name: file.replace(/\.json$/, ''), text: () => JSON.stringify(document) };
  });
  return [...fromFiles, ...generatedFixtures];
}
