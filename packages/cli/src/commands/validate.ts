import type { Dossier } from '@reckon/schema';
import { oneFile, parseCommandArgs } from '../args/parse-command-args';
import { EXIT } from '../exit-codes';
import { loadDossier } from '../input/load-dossier';
import { formatIssues } from '../output/format-issues';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import type { Command } from './command';

const OPTIONS = {
  json: { type: 'boolean' },
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

/** `reckon validate`: checks a dossier against the schema, rules and references included. */
export const validate: Command = {
  name: 'validate',
  summary: 'check a dossier against the schema; exit 1 when it is not valid',
  usage: 'reckon validate <file|-> [--json]',
  help: helpText({
    title: 'reckon validate',
    summary: 'check a dossier against the schema',
    usage: 'reckon validate <file|-> [--json]',
    description: [
      'Reads a dossier (JSON, or YAML for .yaml/.yml files and for standard input that does not',
      'start with "{"), checks its shape, every range, unit and date, that ids are unique and',
      'that every reference resolves, and prints each problem with its place in the file, its',
      'path in the dossier and a hint. "-" reads standard input.',
    ].join('\n'),
    options: [
      ['--json', 'print { file, valid, issues } as JSON, for programs'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon validate dossier.json',
      'reckon validate case.yaml --json',
      'curl -s https://example.org/dossier.json | reckon validate -',
    ],
    exitCodes: ['0 valid', '1 not valid, or the file cannot be read', '2 usage error'],
  }),
  async run(argv, { io, out }) {
    const { values, positionals } = parseCommandArgs('validate', argv, OPTIONS);
    const loaded = await loadDossier(oneFile('validate', positionals), io);
    const name = loaded.input.name;
    if (values.json) {
      const issues = loaded.valid ? [] : loaded.issues;
      io.stdout.write(`${JSON.stringify({ file: name, valid: loaded.valid, issues }, null, 2)}\n`);
    } else if (loaded.valid) {
      io.stdout.write(`${name}: ${out.green('valid dossier')}: ${contents(loaded.dossier)}\n`);
    } else {
      io.stdout.write(formatIssues(name, loaded.issues, out));
      const count = plural(loaded.issues.length, 'problem');
      io.stdout.write(`${name}: ${out.red('not a valid dossier')}: ${count}\n`);
    }
    return loaded.valid ? EXIT.ok : EXIT.failure;
  },
};
