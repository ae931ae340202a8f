/**
 * The errors @reckon/schema throws. Each extends `ReckonError` from @reckon/range, so one
 * `instanceof ReckonError` catches every Reckon failure; `code` is the stable part.
 */

import { ReckonError } from '@reckon/range';
import type { ValidationIssue } from './issues/types';
import { messages } from './messages';
import type { EntityKind } from './references/entity-kind';

/**
 * The kinds of document @reckon/schema validates, a whole dossier or one of its entities;
 * `entity` on {@link ValidationError}.
 */
export type EntityName = 'dossier' | EntityKind;

/**
 * A document (or a piece of one) does not match the schema. `issues` lists every problem
 * found, each with a readable `path` (`reports[0].estimates[2].range`), a stable `code` and a
 * `message`; the error's own message lists them too.
 *
 * @param entity - what was being validated, e.g. `estimate`
 * @param issues - the problems found (at least one)
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { parseEstimate, ValidationError } from '@reckon/schema';
 * const caught = (() => {
 *   try {
 *     parseEstimate({ id: 'e1', metric: 'revenue', range: { low: 2, high: 1, unit: 'USD' } });
 *   } catch (error) {
 *     return error;
 *   }
 * })();
 * caught instanceof ValidationError; // => true
 * (caught as ValidationError).issues[0]?.code; // => 'invalid_range'
 * ```
 */
export class ValidationError extends ReckonError {
  declare readonly code: 'SCHEMA_VALIDATION';
  readonly entity: EntityName;
  readonly issues: readonly ValidationIssue[];

  constructor(entity: EntityName, issues: readonly ValidationIssue[]) {
    super('SCHEMA_VALIDATION', messages.validationFailed(entity, issues));
    this.name = 'ValidationError';
    this.entity = entity;
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * A dossier does not match the schema: thrown by `parseDossier`. A subclass of
 * {@link ValidationError} so callers can catch either.
 *
 * @param issues - the problems found (at least one)
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { DossierValidationError, parseDossier } from '@reckon/schema';
 * const caught = (() => {
 *   try {
 *     parseDossier({ schemaVersion: '0.2', reports: [{ id: 'r', title: 'R', authorIds: ['nobody'] }] });
 *   } catch (error) {
 *     return error;
 *   }
 * })();
 * caught instanceof DossierValidationError; // => true
 * (caught as DossierValidationError).issues[0]?.path; // => 'reports[0].authorIds[0]'
 * ```
 */
export class DossierValidationError extends ValidationError {
  constructor(issues: readonly ValidationIssue[]) {
    super('dossier', issues);
    this.name = 'DossierValidationError';
  }
}

/**
 * A text is not a partial date (`2025`, `2025-05`, `2025-05-20`, `XXXX-05-20`), or names a
 * day that does not exist. `input` is the text that was read.
 *
 * @param message - what is wrong and what would be right
 * @param input - the text that was read
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { InvalidDateError, parsePartialDate } from '@reckon/schema';
 * parsePartialDate('2025-13'); // throws InvalidDateError
 * ```
 */
export class InvalidDateError extends ReckonError {
  declare readonly code: 'INVALID_DATE';
  readonly input: string;

  constructor(message: string, input: string) {
    super('INVALID_DATE', message);
    this.name = 'InvalidDateError';
    this.input = input;
  }
}

/**
 * A document's `schemaVersion` is missing, or is one this release cannot read or upgrade:
 * thrown by `migrate`. `version` is what the document said, when it said anything.
 *
 * @param message - what is wrong and what would be right
 * @param version - the document's `schemaVersion`, when present
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { migrate } from '@reckon/schema';
 * migrate({ schemaVersion: '9.0' }); // throws UnsupportedSchemaVersionError
 * ```
 */
export class UnsupportedSchemaVersionError extends ReckonError {
  declare readonly code: 'UNSUPPORTED_SCHEMA_VERSION';
  readonly version: unknown;

  constructor(message: string, version: unknown) {
    super('UNSUPPORTED_SCHEMA_VERSION', message);
    this.name = 'UnsupportedSchemaVersionError';
    this.version = version;
  }
}
