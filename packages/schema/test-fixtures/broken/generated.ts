/**
 * Broken documents too large to commit: generated on demand as JSON text.
 */
import type { BrokenFixture } from '../load';

const DEPTH = 10_000;
const MB = 1024 * 1024;

const deepArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A minimal valid dossier with one value replaced by raw JSON text. */
function dossierWith(
  slot: 'actor' | 'title' | 'extra' | 'findingId' | 'extraKey',
  json: string,
): string {
  const actor = slot === 'actor' ? json : '{"id":"author","kind":"person","name":"A. Author"}';
  const title = slot === 'title' ? json : '"A report"';
  const findingId = slot === 'findingId' ? json : '"claim"';
  const extra = slot === 'extra' ? `,"extra":${json}` : slot === 'extraKey' ? `,${json}:1` : '';
  return (
    `{"schemaVersion": "0.2","actors":[${actor}]${extra},` +
    `"reports":[{"id":"report","title":${title},` +
    `"findings":[{"id":${findingId},"kind":"factual","text":"Something happened."}]}]}`
  );
}

export const generatedFixtures: readonly BrokenFixture[] = [
  {
    name: 'deep-arrays-10000',
    description: 'An actor written as 10,000 nested arrays.',
    issues: [{ path: 'actors[0]', code: 'invalid_type' }],
    jsonSchema: 'rejects',
    text: () => dossierWith('actor', deepArrays(DEPTH)),
  },
  {
    name: 'deep-objects-10000-in-title',
    description: 'A title written as 10,000 nested objects.',
    issues: [{ path: 'reports[0].title', code: 'invalid_type' }],
    jsonSchema: 'rejects',
    text: () => dossierWith('title', deepObjects(DEPTH)),
  },
  {
    name: 'deep-objects-10000-under-unknown-key',
    description: 'An unknown key holding 10,000 nested objects.',
    issues: [{ path: '', code: 'unrecognized_keys' }],
    jsonSchema: 'rejects',
    text: () => dossierWith('extra', deepObjects(DEPTH)),
  },
  {
    name: 'huge-title-50mb',
    description: 'A 50 MB title.',
    issues: [{ path: 'reports[0].title', code: 'too_big' }],
    jsonSchema: 'rejects',
    text: () => dossierWith('title', JSON.stringify('x'.repeat(50 * MB))),
  },
  {
    name: 'huge-id-50mb',
    description: 'A 50 MB id.',
    issues: [{ path: 'reports[0].findings[0].id', code: 'too_big' }],
    jsonSchema: 'rejects',
    text: () => dossierWith('findingId', JSON.stringify('a'.repeat(50 * MB))),
  },
  {
    name: 'huge-unknown-key-1mb',
    description: 'An unknown key whose name is 1 MB long.',
    issues: [{ path: '', code: 'unrecognized_keys' }],
    jsonSchema: 'rejects',
    text: () => dossierWith('extraKey', JSON.stringify('k'.repeat(MB))),
  },
];
