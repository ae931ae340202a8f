import ora, { type Ora } from 'ora';
import type { OutputStream } from '../io';
import {
  NO_PROGRESS,
  type ProgressLine,
  type ProgressOptions,
  progressWanted,
} from './progress-wanted';

export type { ProgressLine, ProgressOptions } from './progress-wanted';

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
  if (!progressWanted(stream, options)) return NO_PROGRESS;
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
