import { type Dossier, parseDossier } from '@reckon/schema';

/**
 * Dossiers already validated here, each mapped to its validated form: the caller's object, and
 * the validated copy itself, so a dossier passed to `deriveFigures`, `checkDossier` and
 * `renderDossier` in turn is validated once. A WeakMap, so a dossier no longer used is freed.
 */
const validated = new WeakMap<object, Dossier>();

/**
 * A dossier validated once: the first call for an object runs `parseDossier` on it; later
 * calls for the same object (or for the dossier it returned) return the validated dossier
 * without validating again. A dossier is a value: changing one after it has been validated is
 * not seen by later calls, so build a new object instead.
 *
 * @param dossier - a dossier, as `parseDossier` returns it or as read from JSON
 * @returns the validated dossier (the same object on every call for one input)
 * @throws {DossierValidationError} when the dossier is not valid
 * @example
 * ```ts
 * import { validateOnce } from '@reckon/check';
 * const input = { schemaVersion: '0.2', estimates: [] };
 * const dossier = validateOnce(input);
 * validateOnce(input) === dossier; // => true
 * validateOnce(dossier) === dossier; // => true
 * dossier.reports; // => []
 * ```
 */
export function validateOnce(dossier: unknown): Dossier {
  if (typeof dossier === 'object' && dossier !== null) {
    const known = validated.get(dossier);
    if (known !== undefined) return known;
  }
  const valid = parseDossier(dossier);
  validated.set(valid, valid);
  if (typeof dossier === 'object' && dossier !== null) validated.set(dossier, valid);
  return valid;
}
