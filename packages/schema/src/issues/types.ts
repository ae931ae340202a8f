/**
 * The stable codes of validation issues. zod's own codes pass through unchanged
 * (`invalid_type`, `unrecognized_keys`...); the rest are Reckon's rules.
 */
export type IssueCode =
  // from zod: the shape of the document
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'unrecognized_keys'
  | 'too_big'
  | 'too_small'
  | 'not_multiple_of'
  | 'invalid_key'
  | 'invalid_element'
  | 'custom'
  // Reckon's rules
  | 'unknown_reference'
  | 'wrong_reference_kind'
  | 'duplicate_id'
  | 'self_reference'
  | 'invalid_range'
  | 'invalid_unit'
  | 'invalid_date'
  | 'invalid_period'
  | 'invalid_url'
  | 'invalid_probability'
  | 'invalid_rating'
  | 'not_a_share'
  | 'missing_base'
  | 'empty_targets'
  | 'not_in_region'
  | 'reference_cycle'
  | 'duplicate_metric'
  | 'unknown_metric'
  | 'missing_description'
  | 'words_without_response';

/**
 * One problem in a document: where (`reports[0].estimates[2].range`; the empty string for the
 * document itself), a stable `code`, and a `message` saying what is wrong and what would be
 * right.
 */
export interface ValidationIssue {
  readonly path: string;
  readonly code: IssueCode;
  readonly message: string;
}

/** The result of a `safeParse…` function: the data, or every issue found. Never throws. */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;
