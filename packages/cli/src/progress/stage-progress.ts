import type { CliIo } from '../io';
import { openProgressLine } from './open-progress-line';

/**
 * Inputs from this size up are taken to be slow to check or render (a dossier of thousands
 * of estimates), so their steps show at once: checking and rendering hold the thread, and a
 * line waiting for a timer would only appear once the work was done.
 */
export const SLOW_INPUT_CHARS = 1_000_000;

/** The steps of one command on one input, told on a progress line. */
export interface StageProgress {
  /** Says which step has begun: `validating`, `checking`, `rendering`. */
  stage(step: string, size?: number): void;
  stop(): void;
}

/**
 * A progress line on standard error for a command over one dossier (`check`, `render`):
 * only on a terminal, and only for inputs that take more than a second. A step that starts
 * after the first second, or on an input of {@link SLOW_INPUT_CHARS} or more, is shown at
 * once; quicker runs print nothing.
 *
 * @param io - standard error and the environment
 * @param name - the input, as the user named it
 * @returns the progress to tell each step to, and stop (ora is loaded only on a terminal)
 * @throws never
 * @example
 * ```ts
 * const progress = await stageProgress(io, 'dossier.json');
 * progress.stage('checking', input.text.length);
 * progress.stop();
 * ```
 */
export async function stageProgress(
  io: Pick<CliIo, 'stderr' | 'env'>,
  name: string,
): Promise<StageProgress> {
  const line = await openProgressLine(io.stderr, { delayMs: 1000, env: io.env });
  const started = performance.now();
  return {
    stage(step, size = 0) {
      line.update(`${name}: ${step}…`);
      if (size >= SLOW_INPUT_CHARS || performance.now() - started >= 1000) line.show();
    },
    stop: () => line.stop(),
  };
}
