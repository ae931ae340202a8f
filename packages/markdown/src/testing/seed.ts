/**
 * Test support (not exported): the seed case, `examples/cambodia-scam-economy/dossier.json`,
 * read from the repository and parsed, so tests run on the real case.
 */
import { readFileSync } from 'node:fs';
import { type Dossier, parseDossier } from '@reckon/schema';

const SEED_URL = new URL(
  '../../../../examples/cambodia-scam-economy/dossier.json',
  import.meta.url,
);

/**
 * The seed dossier's JSON, as written.
 *
 * @returns the parsed JSON value
 */
export function seedJson(): unknown {
  return JSON.parse(readFileSync(SEED_URL, 'utf8'));
}

/**
 * The seed dossier, validated by `parseDossier`.
 *
 * @returns the dossier
 */
export function seedDossier(): Dossier {
  return parseDossier(seedJson());
}
