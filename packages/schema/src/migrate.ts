import { UnsupportedSchemaVersionError } from './errors';
import { messages } from './messages';
import { from01 } from './migrations/from-0.1';
import { SCHEMA_VERSION } from './version';

/**
 * One upgrade step, from the version it is keyed by to the next; each returns a new document
 * and leaves its input untouched. Each step comes with a fixture of the old shape in the tests.
 */
const STEPS: Readonly<
  Record<string, (document: Record<string, unknown>) => Record<string, unknown>>
> = { '0.1': from01 };

/**
 * Upgrades a dossier written for an older `schemaVersion` to the current one, step by step, so
 * documents outlive releases. It changes only the shape; validate the result with
 * `parseDossier`. A document already at the current version is returned as it is.
 *
 * @param input - a parsed JSON dossier of any supported version
 * @returns the document at the current `schemaVersion` (not yet validated)
 * @throws {@link UnsupportedSchemaVersionError} when the input is not an object, has no
 *   `schemaVersion`, or has one this release neither reads nor can upgrade (a newer one)
 * @example
 * ```ts
 * import { migrate, parseDossier } from '@reckon/schema';
 * parseDossier(migrate({ schemaVersion: '0.1' })).schemaVersion; // => '0.2'
 * migrate({ schemaVersion: '2.0' }); // throws UnsupportedSchemaVersionError
 * ```
 */
export function migrate(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new UnsupportedSchemaVersionError(messages.migrateNotObject(input), undefined);
  }
  let document = input as Record<string, unknown>;
  if (!Object.hasOwn(document, 'schemaVersion')) {
    throw new UnsupportedSchemaVersionError(messages.missingVersion(SCHEMA_VERSION), undefined);
  }
  const seen = new Set<unknown>();
  while (document.schemaVersion !== SCHEMA_VERSION) {
    const version = document.schemaVersion;
    const step =
      typeof version === 'string' && Object.hasOwn(STEPS, version) ? STEPS[version] : undefined;
    if (step === undefined || seen.has(version)) {
      throw new UnsupportedSchemaVersionError(
        messages.unsupportedVersion(version, SCHEMA_VERSION),
        version,
      );
    }
    seen.add(version);
    document = step(document);
  }
  return document;
}
