import type { Dossier } from '@reckon/schema';
import type { Context } from '../commands/command';
import { EXIT } from '../exit-codes';
import { loadDossier } from '../input/load-dossier';
import { formatIssues } from '../output/format-issues';
import { problemOfIssue } from '../output/problem';
import { stageProgress } from '../progress/stage-progress';
import { plural } from '../text/plural';
import { oneLine } from '../text/terminal-text';
import type { FileResult } from './run-batch';

/** What a command does with a valid dossier: its name as given, and how to clear the progress line. */
export interface ValidDossier {
  readonly dossier: Dossier;
  readonly name: string;
  /** Clears the progress line; call it before writing to standard output yourself. */
  readonly stopProgress: () => void;
}

/**
 * One file of a command that works on valid dossiers (`check`, `render`): reads and validates
 * it behind a progress line, answers a dossier that is not valid with its problems and
 * "nothing <done>", and hands a valid one to `work`. The progress line is cleared however the
 * step ends.
 *
 * @param argument - a path, or `-` for standard input
 * @param context - the streams and colours
 * @param step - what `work` does, for the progress line and the refusal: `checking` / `checked`
 * @param work - the command's own work on a valid dossier
 * @returns the file's result
 * @throws {InputError} when the input cannot be read or parsed (the batch reports it)
 * @example
 * ```ts
 * const result = await eachValidDossier('dossier.json', context, { doing: 'checking', done: 'checked' },
 *   ({ dossier }) => ({ exitCode: 0, problems: [], json: { valid: true } }));
 * ```
 */
export async function eachValidDossier(
  argument: string,
  context: Context,
  step: { readonly doing: string; readonly done: string },
  work: (valid: ValidDossier) => FileResult | Promise<FileResult>,
): Promise<FileResult> {
  const { io, err } = context;
  const progress = await stageProgress(io, oneLine(argument));
  try {
    progress.stage('reading and validating');
    const loaded = await loadDossier(argument, io);
    const name = loaded.input.name;
    if (loaded.valid) {
      progress.stage(step.doing, loaded.input.text.length);
      return await work({ dossier: loaded.dossier, name, stopProgress: () => progress.stop() });
    }
    progress.stop();
    const count = plural(loaded.issues.length, 'problem');
    return {
      exitCode: EXIT.failure,
      problems: loaded.issues.map((issue) => problemOfIssue(name, issue)),
      json: { valid: false },
      stderr: `${formatIssues(name, loaded.issues, err)}${oneLine(name)}: ${err.red('not a valid dossier')}: ${count}; nothing ${step.done}\n`,
    };
  } finally {
    progress.stop();
  }
}
