import type { Dossier } from '@reckon/schema';
import { parseCommandArgs } from '../args/parse-command-args';
import { runBatch } from '../batch/run-batch';
import { EXIT } from '../exit-codes';
import { expandInputs } from '../input/expand-inputs';
import { loadDossier } from '../input/load-dossier';
import { formatIssues } from '../output/format-issues';
import { outputFormat } from '../output/output-format';
import { problemOfIssue } from '../output/problem';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import { oneLine } from '../text/terminal-text';
import type { Command } from './command';

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What a valid dossier holds, in words: `5 actors, 1 source, 1 report, ...`. */
function contents(dossier: Dossier): string {
  const findings =
    dossier.claims.length + dossier.reports.reduce((n, report) => n + report.findings.length, 0);
  const estimates =
    dossier.estimates.length +
    dossier.reports.reduce((n, report) => n + report.estimates.length, 0);
  return [
    plural(dossier.actors.length, 'actor'),
    plural(dossier.sources.length, 'source'),
    plural(dossier.reports.length, 'report'),
    plural(findings, 'claim'),
    plural(estimates, 'estimate'),
    plural(dossier.responses.length, 'response'),
  ].join(', ');
}

/** `reckon validate`: checks dossiers against the schema, rules and references included. */
export const validate: Command = {
  name: 'validate',
  summary: 'check dossiers against the schema; exit 1 when one is not valid',
  usage: 'reckon validate <file|folder|->... [--json | --format text|json|github]',
  help: helpText({
    title: 'reckon validate',
    summary: 'check dossiers against the schema',
    usage: 'reckon validate <file|folder|->... [--json | --format text|json|github]',
    description: [
      'Reads dossiers (JSON, or YAML for .yaml/.yml files and for standard input that does not',
      'start with "{"), checks their shape, every range, unit and date, that ids are unique and',
      'that every reference resolves, and prints each problem with its place in the file, its',
      'path in the dossier and a hint. Give any number of files and folders (every .json, .yaml',
      'and .yml file in a folder and below is read); "-" reads standard input. Each file gets',
      'its own lines; several end with a summary. The exit code is the worst of all files.',
    ].join('\n'),
    options: [
      ['--json', 'print one JSON document, on success and on failure, for programs'],
      ['--format F', 'text (default), json, or github: GitHub Actions annotations'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon validate dossier.json',
      'reckon validate cases/ extra.yaml --json',
      'reckon validate cases/ --format github',
      'curl -s https://example.org/dossier.json | reckon validate -',
    ],
    exitCodes: [
      '0 every dossier is valid',
      '1 one is not valid, or cannot be read',
      '2 usage error',
    ],
  }),
  async run(argv, context) {
    const { io, out } = context;
    const { values, positionals } = parseCommandArgs('validate', argv, OPTIONS);
    const format = outputFormat('validate', values);
    const inputs = await expandInputs('validate', positionals, io.cwd);
    return runBatch(
      {
        command: 'validate',
        format,
        inputs,
        summaryTo: 'stdout',
        words: { ok: 'valid', failed: 'not valid' },
        async each(input) {
          const loaded = await loadDossier(input.argument, io);
          const name = loaded.input.name;
          const file = oneLine(name);
          if (loaded.valid) {
            return {
              exitCode: EXIT.ok,
              problems: [],
              json: { valid: true },
              stdout: `${file}: ${out.green('valid dossier')}: ${contents(loaded.dossier)}\n`,
            };
          }
          const count = plural(loaded.issues.length, 'problem');
          return {
            exitCode: EXIT.failure,
            problems: loaded.issues.map((issue) => problemOfIssue(name, issue)),
            json: { valid: false },
            stdout: `${formatIssues(name, loaded.issues, out)}${file}: ${out.red('not a valid dossier')}: ${count}\n`,
          };
        },
      },
      context,
    );
  },
};
