import { checkDossier, derivedFigureToJSON, deriveFigures, type Finding } from '@reckon/check';
import { checkLocale, checkStyle } from '../args/check-options';
import { oneFile, parseCommandArgs } from '../args/parse-command-args';
import { EXIT } from '../exit-codes';
import { loadDossier } from '../input/load-dossier';
import { formatFigures, formatFindings } from '../output/format-check';
import { formatIssues } from '../output/format-issues';
import { stageProgress } from '../progress/stage-progress';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import type { Command } from './command';

const OPTIONS = {
  json: { type: 'boolean' },
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
  usage: 'reckon check <file|-> [--json] [--locale L] [--style long|short]',
  help: helpText({
    title: 'reckon check',
    summary: 'what a dossier’s numbers imply, and what does not add up',
    usage: 'reckon check <file|-> [--json] [--locale L] [--style long|short]',
    description: [
      'Validates a dossier (JSON or YAML; "-" reads standard input), then prints the figures its',
      'estimates imply (the GDP behind "as much as 60% of GDP", a country’s share of its',
      'region, revenue per worker), each with how it was computed and from which estimates,',
      'and the findings of @reckon/check: parts above their whole, estimates that disagree,',
      'shares above 100%, mixed places, periods, units or currencies. Each finding has a',
      'severity (error, warning, info) and a stable code.',
    ].join('\n'),
    options: [
      ['--json', 'print { file, figures, findings, counts } as JSON, for programs'],
      ['--locale L', 'BCP 47 locale for numbers, e.g. en-GB (default en)'],
      ['--style S', 'range style: long (default) or short'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon check dossier.json',
      'reckon check dossier.json --json | jq ".findings[] | select(.severity == \\"error\\")"',
    ],
    exitCodes: [
      '0 no finding of severity error',
      '1 a finding of severity error, or the dossier is not valid or cannot be read',
      '2 usage error',
    ],
  }),
  async run(argv, { io, out, err }) {
    const { values, positionals } = parseCommandArgs('check', argv, OPTIONS);
    const file = oneFile('check', positionals);
    const locale = checkLocale(values.locale);
    const style = checkStyle('check', values.style);
    const progress = stageProgress(io, file);
    progress.stage('reading and validating');
    const loaded = await loadDossier(file, io);
    progress.stage('checking', loaded.input.text.length);
    if (!loaded.valid) {
      io.stderr.write(formatIssues(loaded.input.name, loaded.issues, err));
      io.stderr.write(
        `${loaded.input.name}: ${err.red('not a valid dossier')}: ${plural(loaded.issues.length, 'problem')}; nothing checked\n`,
      );
      progress.stop();
      return EXIT.failure;
    }
    const figures = deriveFigures(loaded.dossier);
    const findings = checkDossier(loaded.dossier);
    progress.stop();
    const counts = {
      error: count(findings, 'error'),
      warning: count(findings, 'warning'),
      info: count(findings, 'info'),
    };
    const name = loaded.input.name;
    if (values.json) {
      const report = { file: name, figures: figures.map(derivedFigureToJSON), findings, counts };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const format = { ...(locale ? { locale } : {}), ...(style ? { style } : {}) };
      io.stdout.write(formatFigures(figures, format, out));
      io.stdout.write(formatFindings(findings, out));
      const summary = [
        plural(counts.error, 'error'),
        plural(counts.warning, 'warning'),
        `${counts.info} info`,
      ].join(', ');
      io.stdout.write(`${name}: ${plural(figures.length, 'derived figure')}; ${summary}\n`);
    }
    return counts.error > 0 ? EXIT.failure : EXIT.ok;
  },
};
