/**
 * The `schemaVersion` this release writes and reads. `MAJOR.MINOR`; before 1.0 a minor step may
 * change the shape, and `migrate` upgrades older documents (see the README's compatibility
 * policy).
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from '@reckon/schema';
 * SCHEMA_VERSION; // => '0.2'
 * ```
 */
export const SCHEMA_VERSION = '0.2';
