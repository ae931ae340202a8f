import { type EntityName, ValidationError } from '../errors';
import type { ParseResult } from '../issues/types';

/**
 * Unwraps a parse result for the throwing `parse…` functions. A piece is checked alone:
 * references to other entities are resolved only in a dossier.
 *
 * @param entity - what was validated, named in the error
 * @param result - the result of the matching `safeParse…`
 * @returns the data
 * @throws {@link ValidationError} when the result holds issues
 */
export function orThrow<T>(entity: EntityName, result: ParseResult<T>): T {
  if (!result.success) throw new ValidationError(entity, result.issues);
  return result.data;
}
