import ora, { type Ora } from 'ora';
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

const NONE: ProgressLine = { update: () => {}, show: () => {}, stop: () => {} };

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
 * A progress line on `stream`, drawn by ora (a maintained spinner library that redraws one
 * line and restores the cursor), only when the stream is a terminal: never when it is piped
 * or redirected, never with `--quiet`, never on a CI or dumb terminal. Otherwise every call
 * does nothing, so callers need no checks of their own. ora is told to leave standard input
 * alone: the commands that show progress may be reading it.
 *
 * @param stream - standard error
 * @param options - quiet, a delay before showing, the environment
 * @returns the line to update and stop
 * @throws never
 * @example
 * ```ts
 * const progress = progressLine(io.stderr, { quiet: values.quiet, delayMs: 1000 });
 * progress.update('12,000 records · 9.1 MB/s · 3,400 hits');
 * progress.stop();
 * ```
 */
export function progressLine(stream: OutputStream, options: ProgressOptions = {}): ProgressLine {
  const env = options.env ?? {};
  const dumb = env.TERM === 'dumb' || (env.CI !== undefined && env.CI !== '' && env.CI !== '0');
  if (options.quiet === true || dumb || !isTerminal(stream)) return NONE;
  let text = '';
  let spinner: Ora | undefined;
  let stopped = false;
  const show = (): void => {
    if (stopped || spinner !== undefined) return;
    spinner = ora({ stream, text, discardStdin: false, isEnabled: true }).start();
  };
  const timer = setTimeout(show, options.delayMs ?? 0);
  // The timer must not keep a finished run alive.
  timer.unref();
  return {
    update(next) {
      text = next;
      if (spinner !== undefined) {
        spinner.text = next;
        spinner.render();
      }
    },
    show,
    stop() {
      stopped = true;
      clearTimeout(timer);
      spinner?.stop();
    },
  };
}
