import { readFileSync } from 'node:fs';
import { type Dossier, parseDossier } from '@reckon/schema';
import type { Finding, FindingCode } from '../finding';
import { checkDossier } from '../findings/check-dossier';
import type { CheckOptions } from '../options';

/**
 * Reads and validates a dossier from `test-fixtures/`, for tests.
 *
 * @param path - the path under `test-fixtures/`, e.g. `part-exceeds-whole/triggers.json`
 * @returns the parsed dossier
 * @throws {DossierValidationError} when the fixture is not a valid dossier
 */
export function loadFixture(path: string): Dossier {
  const url = new URL(`../../test-fixtures/${path}`, import.meta.url);
  return parseDossier(JSON.parse(readFileSync(url, 'utf8')));
}

/**
 * Reads and validates the seed dossier of the Cambodia example, which every package handles.
 *
 * @returns the parsed dossier
 * @throws {DossierValidationError} when the example is not a valid dossier
 */
export function loadSeed(): Dossier {
  const url = new URL('../../../../examples/cambodia-scam-economy/dossier.json', import.meta.url);
  return parseDossier(JSON.parse(readFileSync(url, 'utf8')));
}

/**
 * The findings of one code for a fixture, for tests of that code.
 *
 * @param code - the finding code
 * @param path - the fixture's path under `test-fixtures/`
 * @param options - options for `checkDossier`
 * @returns the findings with that code
 */
export function findingsOf(code: FindingCode, path: string, options?: CheckOptions): Finding[] {
  return checkDossier(loadFixture(path), options).filter((finding) => finding.code === code);
}
