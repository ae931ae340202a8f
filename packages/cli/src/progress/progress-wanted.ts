import type { OutputStream } from '../io';

/** A line on standard error that says how far a long run has got. */
export interface ProgressLine {
  /** Sets what the line says; drawn at once when the line is showing. */
  update(text: string): void;
  /**
   * Shows the line now instead of after the delay, drawn before returning: for a step known
   * to be long that will hold the thread (the line stays up, unmoving, until the step ends).
   */
  show(): void;
  /** Clears the line for good. */
  stop(): void;
}

/** Where and when to show the line. */
export interface ProgressOptions {
  /** `--quiet`: never show it. */
  readonly quiet?: boolean | undefined;
  /** Show it only once the run has taken this long, so quick runs print nothing. Default 0. */
  readonly delayMs?: number;
  /** Read for `CI` and `TERM=dumb`, where a redrawn line is noise. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The line where none is wanted: every call does nothing. */
export const NO_PROGRESS: ProgressLine = { update: () => {}, show: () => {}, stop: () => {} };

/**
 * A terminal ora can redraw on: a TTY write stream, not a pipe, file or test double, with a
 * width. A pseudo-terminal that reports zero columns (`script` with no size) would make ora
 * count the line as endlessly wrapped and clear rows without end.
 */
function isTerminal(stream: OutputStream): stream is OutputStream & NodeJS.WriteStream {
  const { columns } = stream as Partial<NodeJS.WriteStream>;
  return (
    stream.isTTY === true &&
    (columns === undefined || columns > 0) &&
    typeof (stream as Partial<NodeJS.WriteStream>).cursorTo === 'function' &&
    typeof (stream as Partial<NodeJS.WriteStream>).clearLine === 'function'
  );
}

/**
 * Whether a progress line belongs on `stream`: a terminal, not `--quiet`, not a CI or dumb
 * terminal. Kept apart from the line itself so that a run that shows none never loads ora.
 *
 * @param stream - standard error
 * @param options - quiet and the environment
 * @returns `true` when a line should be drawn
 * @throws never
 * @example
 * ```ts
 * progressWanted(process.stderr, { quiet: true }); // => false
 * ```
 */
export function progressWanted(
  stream: OutputStream,
  options: ProgressOptions,
): stream is OutputStream & NodeJS.WriteStream {
  const env = options.env ?? {};
  const dumb = env.TERM === 'dumb' || (env.CI !== undefined && env.CI !== '' && env.CI !== '0');
  return options.quiet !== true && !dumb && isTerminal(stream);
}
