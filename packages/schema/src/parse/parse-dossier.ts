import { type Dossier, DossierSchema } from '../dossier';
import { DossierValidationError } from '../errors';
import type { ParseResult } from '../issues/types';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates a dossier: its shape, every estimate's range (through @reckon/range), dates, and
 * that ids are unique and every reference names an entity of the right kind. Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` with defaults filled in (empty collections), or
 *   `{ success: false, issues }` where each issue is `{ path, code, message }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseDossier } from '@reckon/schema';
 * const result = safeParseDossier({ schemaVersion: '0.2', actors: [{ id: 'a', kind: 'robot', name: 'A' }] });
 * result.success ? [] : result.issues;
 * // => [{ path: 'actors[0].kind', code: 'invalid_value', message: 'expected one of "person", "organisation", "government-body", "political-office", "political-party"; received "robot"' }]
 * ```
 */
export function safeParseDossier(input: unknown): ParseResult<Dossier> {
  return safeParseWith(DossierSchema, input);
}

/**
 * Validates a dossier like {@link safeParseDossier}, throwing when it is invalid.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the dossier, with defaults filled in (empty collections)
 * @throws {@link DossierValidationError} listing every issue, when the dossier is invalid
 * @example
 * ```ts
 * import { parseDossier } from '@reckon/schema';
 * parseDossier({ schemaVersion: '0.2' }).reports; // => []
 * parseDossier({ schemaVersion: '0.3' }); // throws DossierValidationError
 * ```
 */
export function parseDossier(input: unknown): Dossier {
  const result = safeParseDossier(input);
  if (!result.success) throw new DossierValidationError(result.issues);
  return result.data;
}
