/**
 * The shape of a partial date, as a pattern both zod and JSON Schema apply: `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`, or `XXXX-MM-DD` for a day whose year the source does not give (EDTF level 1
 * writes an unspecified digit as `X`). Whether the day exists in that month (no 31 April, no
 * 29 February in 2025) is checked in code: a pattern for leap years would be unreadable.
 */
export const PARTIAL_DATE_PATTERN =
  /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|XXXX-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;

/** Longest partial date text: `YYYY-MM-DD`. */
export const PARTIAL_DATE_MAX_LENGTH = 10;
