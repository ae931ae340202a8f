import type { Finding } from '@reckon/check';
import { checkLocale, checkStyle } from '../args/check-options';
import { parseCommandArgs } from '../args/parse-command-args';
import { eachValidDossier } from '../batch/each-valid-dossier';
import { runBatch } from '../batch/run-batch';
import { EXIT } from '../exit-codes';
import { expandInputs } from '../input/expand-inputs';
import type { Annotation } from '../output/github-annotations';
import { outputFormat } from '../output/output-format';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import { oneLine } from '../text/terminal-text';
import type { Command } from './command';

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  locale: { type: 'string' },
  style: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const count = (findings: readonly Finding[], severity: Finding['severity']): number =>
  findings.filter((finding) => finding.severity === severity).length;

/** `reckon check`: what a dossier's numbers imply, and what does not add up. */
export const check: Command = {
  name: 'check',
  summary: 'derive what the numbers imply and list findings; exit 1 on an error finding',
  usage: 'reckon check <file|folder|->... [--json | --format F] [--locale L] [--style S]',
  help: helpText({
    title: 'reckon check',
    summary: 'what a dossier’s numbers imply, and what does not add up',
    usage: 'reckon check <file|folder|->... [--json | --format F] [--locale L] [--style S]',
    description: [
      'Validates a dossier (JSON or YAML; "-" reads standard input), then prints the figures its',
      'estimates imply (the GDP behind "as much as 60% of GDP", a country’s share of its',
      'region, revenue per worker), each with how it was computed and from which estimates,',
      'and the findings of @reckon/check: parts above their whole, estimates that disagree,',
      'shares above 100%, mixed places, periods, units or currencies. Each finding has a',
      'severity (error, warning, info) and a stable code. Give any number of files and folders',
      '(every .json, .yaml and .yml file below is read); several end with a summary, and the',
      'exit code is the worst of all files.',
    ].join('\n'),
    options: [
      ['--json', 'print one JSON document (figures, findings, counts, problems), for programs'],
      ['--format F', 'text (default), json, or github: GitHub Actions annotations'],
      ['--locale L', 'BCP 47 locale for numbers, e.g. en-GB (default en)'],
      ['--style S', 'range style: long (default) or short'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon check dossier.json',
      'reckon check dossier.json --json | jq ".files[].findings[] | select(.severity == \\"error\\")"',
      'reckon check cases/ --format github',
    ],
    exitCodes: [
      '0 no finding of severity error',
      '1 a finding of severity error, or the dossier is not valid or cannot be read',
      '2 usage error',
    ],
  }),
  async run(argv, context) {
    const { io, out } = context;
    const { values, positionals } = parseCommandArgs('check', argv, OPTIONS);
    const format = outputFormat('check', values);
    const locale = checkLocale(values.locale);
    const style = checkStyle('check', values.style);
    const inputs = await expandInputs('check', positionals, io.cwd);
    return runBatch(
      {
        command: 'check',
        format,
        inputs,
        summaryTo: 'stdout',
        words: { ok: 'passed', failed: 'failed' },
        each: (input) =>
          eachValidDossier(
            input.argument,
            context,
            { doing: 'checking', done: 'checked' },
            async ({ dossier, name, stopProgress }) => {
              const file = oneLine(name);
              // Loaded when the command runs, not when the bin starts (see input/load-dossier.ts).
              const [
                { checkDossier, derivedFigureToJSON, deriveFigures },
                { formatFigures, formatFindings },
              ] = await Promise.all([import('@reckon/check'), import('../output/format-check')]);
              const figures = deriveFigures(dossier);
              const findings = checkDossier(dossier);
              stopProgress();
              const counts = {
                error: count(findings, 'error'),
                warning: count(findings, 'warning'),
                info: count(findings, 'info'),
              };
              const exitCode = counts.error > 0 ? EXIT.failure : EXIT.ok;
              const json = {
                valid: true,
                figures: figures.map(derivedFigureToJSON),
                findings,
                counts,
              };
              if (format !== 'text') {
                return {
                  exitCode,
                  problems: [],
                  json,
                  annotations: findings.map((f) => annotationOfFinding(name, f)),
                };
              }
              const shown = { ...(locale ? { locale } : {}), ...(style ? { style } : {}) };
              const summary = [
                plural(counts.error, 'error'),
                plural(counts.warning, 'warning'),
                `${counts.info} info`,
              ].join(', ');
              return {
                exitCode,
                problems: [],
                json,
                stdout: `${formatFigures(figures, shown, out)}${formatFindings(findings, out)}${file}: ${plural(figures.length, 'derived figure')}; ${summary}\n`,
              };
            },
          ),
      },
      context,
    );
  },
};

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** A finding as a GitHub annotation on the file: findings are about entities, not places. */
const annotationOfFinding = (file: string, finding: Finding): Annotation => ({
  level: LEVEL[finding.severity],
  file,
  title: finding.code,
  message:
    finding.refs.length === 0
      ? finding.message
      : `${finding.message} (about ${finding.refs.join(', ')})`,
});
