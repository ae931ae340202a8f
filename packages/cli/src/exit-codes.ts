/**
 * The exit codes of `reckon`, the same for every command so scripts can rely on them.
 *
 * - `ok` (0): done; the dossier is valid, the check found no error.
 * - `failure` (1): the input is not valid, a check found a finding of severity `error`, or
 *   the input or output could not be read or written (missing file, binary file, closed pipe).
 * - `usage` (2): the command line itself is wrong (unknown command or option, missing file
 *   argument, bad option value).
 */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 } as const);

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
