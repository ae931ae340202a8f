import { renderDossier } from '@reckon/markdown';
import { checkLocale, checkStyle } from '../args/check-options';
import { oneFile, parseCommandArgs } from '../args/parse-command-args';
import { EXIT } from '../exit-codes';
import { loadDossier } from '../input/load-dossier';
import { formatIssues } from '../output/format-issues';
import { writeOutput } from '../output/write-output';
import { stageProgress } from '../progress/stage-progress';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import type { Command } from './command';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  style: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `reckon render`: the Markdown brief of a dossier. */
export const render: Command = {
  name: 'render',
  summary: 'write the Markdown brief of a dossier',
  usage: 'reckon render <file|-> [--out FILE] [--locale L] [--style long|short]',
  help: helpText({
    title: 'reckon render',
    summary: 'write the Markdown brief of a dossier',
    usage: 'reckon render <file|-> [--out FILE] [--locale L] [--style long|short]',
    description: [
      'Validates a dossier (JSON or YAML; "-" reads standard input) and writes its brief as',
      'GitHub-flavoured Markdown: the estimates table, the findings, the official response',
      'beside what it rebuts, quotes, footnote citations, and what the numbers imply. An',
      'invalid dossier is not rendered: its problems go to standard error.',
    ].join('\n'),
    options: [
      ['-o, --out FILE', 'write the brief to FILE instead of standard output'],
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
    ],
    exitCodes: [
      '0 written',
      '1 the dossier is not valid, or cannot be read, or the brief cannot be written',
      '2 usage error',
    ],
  }),
  async run(argv, { io, err }) {
    const { values, positionals } = parseCommandArgs('render', argv, OPTIONS);
    const file = oneFile('render', positionals);
    const locale = checkLocale(values.locale);
    const style = checkStyle('render', values.style);
    const progress = stageProgress(io, file);
    progress.stage('reading and validating');
    const loaded = await loadDossier(file, io);
    progress.stage('rendering', loaded.input.text.length);
    if (!loaded.valid) {
      io.stderr.write(formatIssues(loaded.input.name, loaded.issues, err));
      io.stderr.write(
        `${loaded.input.name}: ${err.red('not a valid dossier')}: ${plural(loaded.issues.length, 'problem')}; nothing rendered\n`,
      );
      progress.stop();
      return EXIT.failure;
    }
    const markdown = renderDossier(loaded.dossier, {
      ...(locale ? { locale } : {}),
      ...(style ? { rangeStyle: style } : {}),
    });
    progress.stop();
    await writeOutput(markdown.endsWith('\n') ? markdown : `${markdown}\n`, values.out, io);
    return EXIT.ok;
  },
};
