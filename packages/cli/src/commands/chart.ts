import type { ChartOptions } from '@reckon/chart';
import { oneFile, parseCommandArgs } from '../args/parse-command-args';
import { UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { loadDossier } from '../input/load-dossier';
import { formatIssues } from '../output/format-issues';
import { writeOutput } from '../output/write-output';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import type { Command } from './command';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  title: { type: 'string' },
  width: { type: 'string' },
  scale: { type: 'string' },
  locale: { type: 'string' },
  'no-derived': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const USAGE =
  'reckon chart <file|-> [--out FILE] [--title T] [--width PX] [--scale S] [--no-derived]';

/**
 * The chart options the command line gave. Every check is @reckon/chart's own, so the command
 * and the library accept exactly the same values; a width that is not digits is passed on as
 * text for the library to refuse by name.
 */
function chartOptions(values: {
  readonly title?: string | undefined;
  readonly width?: string | undefined;
  readonly scale?: string | undefined;
  readonly locale?: string | undefined;
}): Record<string, unknown> {
  const { title, width, scale, locale } = values;
  return {
    ...(title === undefined ? {} : { title }),
    ...(width === undefined ? {} : { width: /^\d+$/.test(width) ? Number(width) : width }),
    ...(scale === undefined ? {} : { scale }),
    ...(locale === undefined ? {} : { locale }),
  };
}

/** `reckon chart`: the SVG interval chart of a dossier's estimates and derived figures. */
export const chart: Command = {
  name: 'chart',
  summary: "draw a dossier's figures as an SVG interval chart",
  usage: USAGE,
  help: helpText({
    title: 'reckon chart',
    summary: "draw a dossier's figures as an SVG interval chart",
    usage: USAGE,
    description: [
      'Validates a dossier (JSON or YAML; "-" reads standard input) and draws every estimate,',
      'then every figure derived from them, as an accessible SVG: one axis per unit, open',
      'bounds as arrows, derived figures dashed, and a description that reads every figure',
      'out in words. An invalid dossier is not drawn: its problems go to standard error.',
    ].join('\n'),
    options: [
      ['-o, --out FILE', 'write the SVG to FILE instead of standard output'],
      ['--title T', "the chart's title (default: the dossier's title)"],
      ['--width PX', 'width in pixels, a whole number from 240 to 10000 (default 720)'],
      ['--scale S', 'auto (default: log when figures span two orders of magnitude), linear, log'],
      ['--locale L', 'BCP 47 locale for numbers, e.g. en-GB or fr (default en)'],
      ['--no-derived', 'draw only the estimates the dossier states'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon chart dossier.json --out chart.svg',
      'reckon chart dossier.json --width 960 --scale log > chart.svg',
    ],
    exitCodes: [
      '0 written',
      '1 the dossier is not valid, or cannot be read, or the chart cannot be written',
      '2 usage error',
    ],
  }),
  async run(argv, { io, err }) {
    const { values, positionals } = parseCommandArgs('chart', argv, OPTIONS);
    const file = oneFile('chart', positionals);
    const options = chartOptions(values);
    // Loaded when the command runs, not when the bin starts (see input/load-dossier.ts).
    const [{ ChartOptionsError, dossierChartItems, rangeChart }, { deriveFigures }] =
      await Promise.all([import('@reckon/chart'), import('@reckon/check')]);
    // Options are checked before the input is read: a typo should not wait for a large file.
    try {
      rangeChart([], options as ChartOptions);
    } catch (error) {
      if (error instanceof ChartOptionsError)
        throw new UsageError(`${error.message} (reckon chart)`);
      throw error;
    }
    const loaded = await loadDossier(file, io);
    if (!loaded.valid) {
      io.stderr.write(formatIssues(loaded.input.name, loaded.issues, err));
      io.stderr.write(
        `${loaded.input.name}: ${err.red('not a valid dossier')}: ${plural(loaded.issues.length, 'problem')}; nothing drawn\n`,
      );
      return EXIT.failure;
    }
    const { dossier } = loaded;
    const derived = values['no-derived'] ? [] : deriveFigures(dossier);
    const svg = rangeChart(dossierChartItems(dossier, derived), {
      title: dossier.title ?? 'Estimates',
      ...options,
    } as ChartOptions);
    await writeOutput(svg, values.out, io);
    return EXIT.ok;
  },
};
