import type { OutputStream } from '../io';
import type { ProgressLine } from './progress-line';
import { NO_PROGRESS, type ProgressOptions, progressWanted } from './progress-wanted';

/**
 * {@link progressLine}, loading ora only when a line will be drawn: on a pipe, a file, a CI
 * run or with `--quiet` (every scripted run) nothing is loaded, which spares each run the
 * start-up time of ora and its dependencies.
 *
 * @param stream - standard error
 * @param options - quiet, a delay before showing, the environment
 * @returns the line to update and stop
 * @throws never
 * @example
 * ```ts
 * const progress = await openProgressLine(io.stderr, { quiet: values.quiet });
 * progress.update('12,000 records · 9.1 MB/s · 3,400 hits');
 * progress.stop();
 * ```
 */
export async function openProgressLine(
  stream: OutputStream,
  options: ProgressOptions = {},
): Promise<ProgressLine> {
  if (!progressWanted(stream, options)) return NO_PROGRESS;
  const { progressLine } = await import('./progress-line');
  return progressLine(stream, options);
}
