import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkLocale, checkStyle } from '../args/check-options';
import { parseCommandArgs } from '../args/parse-command-args';
import { eachValidDossier } from '../batch/each-valid-dossier';
import { runBatch } from '../batch/run-batch';
import { OutputError, UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { expandInputs } from '../input/expand-inputs';
import { messages } from '../messages';
import { outPaths } from '../output/out-paths';
import { outputFormat } from '../output/output-format';
import { writeOutput } from '../output/write-output';
import { helpText } from '../text/help';
import { escapeTerminal, oneLine } from '../text/terminal-text';
import type { Command } from './command';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  locale: { type: 'string' },
  style: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `reckon render`: the Markdown brief of a dossier. */
export const render: Command = {
  name: 'render',
  summary: 'write the Markdown brief of a dossier, or of many into a folder',
  usage:
    'reckon render <file|folder|->... [--out FILE|DIR] [--json | --format F] [--locale L] [--style S]',
  help: helpText({
    title: 'reckon render',
    summary: 'write the Markdown brief of a dossier',
    usage:
      'reckon render <file|folder|->... [--out FILE|DIR] [--json | --format F] [--locale L] [--style S]',
    description: [
      'Validates a dossier (JSON or YAML; "-" reads standard input) and writes its brief as',
      'GitHub-flavoured Markdown: the estimates table, the findings, the official response',
      'beside what it rebuts, quotes, footnote citations, and what the numbers imply. An',
      'invalid dossier is not rendered: its problems go to standard error. Given several files',
      'or a folder (every .json, .yaml and .yml file below), it writes one brief per dossier',
      'into --out DIR (x.json becomes DIR/x.md; files from a folder keep their place below it).',
      'A brief shown on a terminal has its control characters escaped.',
    ].join('\n'),
    options: [
      ['-o, --out FILE', 'write the brief to FILE instead of standard output'],
      ['-o, --out DIR', 'with several inputs: the folder to write the briefs into'],
      ['--json', 'print one JSON document (the brief, or where it went, and problems)'],
      ['--format F', 'text (default), json, or github: GitHub Actions annotations'],
      ['--locale L', 'BCP 47 locale for numbers, e.g. en-GB or fr (default en)'],
      [
        '--style S',
        'range style: long "$12.5–19 billion a year" (default), short "$12.5B–$19B/yr"',
      ],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon render dossier.json',
      'reckon render dossier.json --out brief.md --style short',
      'reckon render - --locale en-GB < case.yaml',
      'reckon render cases/ extra.json --out briefs/',
    ],
    exitCodes: [
      '0 written',
      '1 a dossier is not valid, or cannot be read, or a brief cannot be written',
      '2 usage error',
    ],
  }),
  async run(argv, context) {
    const { io } = context;
    const { values, positionals } = parseCommandArgs('render', argv, OPTIONS);
    const format = outputFormat('render', values);
    const locale = checkLocale(values.locale);
    const style = checkStyle('render', values.style);
    const inputs = await expandInputs('render', positionals, io.cwd);
    const many = inputs.length > 1 || inputs.some((input) => input.kind === 'file' && input.folder);
    if (many && (values.out === undefined || values.out === '-')) {
      throw new UsageError(messages.manyNeedOutDir('render', inputs.length));
    }
    const into = many && values.out !== undefined ? outPaths(inputs, values.out, '.md') : undefined;
    if (into) await makeFolders(into, io.cwd);
    return runBatch(
      {
        command: 'render',
        format,
        inputs,
        summaryTo: 'stderr',
        words: { ok: 'rendered', failed: 'not rendered' },
        each: (input) =>
          eachValidDossier(
            input.argument,
            context,
            { doing: 'rendering', done: 'rendered' },
            async ({ dossier, name, stopProgress }) => {
              const file = oneLine(name);
              // Loaded when the command runs, not when the bin starts (see input/load-dossier.ts).
              const { renderDossier } = await import('@reckon/markdown');
              const rendered = renderDossier(dossier, {
                ...(locale ? { locale } : {}),
                ...(style ? { rangeStyle: style } : {}),
              });
              stopProgress();
              const markdown = rendered.endsWith('\n') ? rendered : `${rendered}\n`;
              const out = into ? into.get(input.argument) : values.out;
              if (format === 'json' && (out === undefined || out === '-')) {
                return { exitCode: EXIT.ok, problems: [], json: { valid: true, markdown } };
              }
              // A brief shown on a terminal is read there: a dossier's text must not drive it.
              const toTerminal = (out === undefined || out === '-') && io.stdout.isTTY === true;
              await writeOutput(toTerminal ? escapeTerminal(markdown, '\n\t') : markdown, out, io);
              return {
                exitCode: EXIT.ok,
                problems: [],
                json: { valid: true, ...(out === undefined || out === '-' ? {} : { out }) },
                ...(into && out ? { stderr: `${file}: ${oneLine(`rendered to ${out}`)}\n` } : {}),
              };
            },
          ),
      },
      context,
    );
  },
};

/** Creates the folders `--out DIR` needs, the folder itself included. */
async function makeFolders(paths: ReadonlyMap<string, string>, cwd: string): Promise<void> {
  const folders = new Set([...paths.values()].map((path) => dirname(resolve(cwd, path))));
  for (const folder of folders) {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      const code =
        typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      throw new OutputError(messages.cannotWrite(folder, code || 'unknown error'));
    }
  }
}
