import {
  type ExtractedRange,
  extractRanges,
  rangeToJSON,
  UnknownCurrencyError,
} from '@reckon/range';
import { oneFile, parseCommandArgs } from '../args/parse-command-args';
import { UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { QUOTE_CAP } from '../extract/sentences-around';
import { readInput } from '../input/read-input';
import { JSONL_DESCRIPTION, JSONL_HELP, JSONL_OPTIONS, jsonlRequest } from '../jsonl/jsonl-options';
import { runJsonl } from '../jsonl/run-jsonl';
import { messages } from '../messages';
import { writeJson } from '../output/write-json';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import { positions } from '../text/position';
import type { Command } from './command';

const OPTIONS = {
  dossier: { type: 'boolean' },
  dollar: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...JSONL_OPTIONS,
} as const;

function find(text: string, dollar: string | undefined): readonly ExtractedRange[] {
  try {
    return extractRanges(text, dollar === undefined ? undefined : { dollar });
  } catch (error) {
    if (error instanceof UnknownCurrencyError)
      throw new UsageError(messages.badCurrency(dollar ?? ''));
    throw error;
  }
}

/** `reckon extract`: the quantity phrases in a text, or a draft dossier of them. */
export const extract: Command = {
  name: 'extract',
  summary: 'find the quantity phrases in a text, as JSON lines or a draft dossier',
  usage: 'reckon extract <file|-> [--dossier] [--dollar CODE]',
  help: helpText({
    title: 'reckon extract',
    summary: 'find the quantity phrases in a text',
    usage: 'reckon extract <file|-> [--dossier] [--dollar CODE]',
    description: [
      'Reads a UTF-8 text ("-" reads standard input) and prints every quantity phrase in it',
      '("$12.5 to $19 billion per year", "as much as 60% of GDP", "easily exceeds 350,000',
      'people") as one JSON object per line: text, start and end (offsets in UTF-16 code',
      'units, as JavaScript strings index), line and column, the range in JSON form, and the',
      'counted noun and the base of a share when there is one. Years and dates are left out.',
      'With --dossier it prints instead a draft dossier of those estimates, valid as it stands,',
      'whose "TODO:" metrics a researcher then completes. Each estimate quotes the sentence it',
      `was found in, cut to at most ${QUOTE_CAP} characters around the phrase ("…" marks a cut).`,
      ...JSONL_DESCRIPTION,
    ].join('\n'),
    options: [
      ['--dossier', 'print a draft dossier (JSON) instead of JSON lines'],
      ['--dollar CODE', 'the currency a bare "$" means, e.g. AUD (default USD)'],
      ...JSONL_HELP,
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon extract article.txt',
      'reckon extract article.txt --dossier > draft.json && reckon validate draft.json',
      'pbpaste | reckon extract - --dollar AUD',
      'reckon extract --jsonl articles.jsonl --jobs 4 > hits.jsonl',
    ],
    exitCodes: ['0 done, also when nothing is found', '1 the text cannot be read', '2 usage error'],
  }),
  async run(argv, { io }) {
    const { values, positionals } = parseCommandArgs('extract', argv, OPTIONS);
    const stream = jsonlRequest(values, positionals);
    if (stream !== undefined) return runJsonl(stream, io);
    const file = oneFile('extract', positionals);
    const input = await readInput(file, io);
    const found = find(input.text, values.dollar);
    if (values.dossier) {
      const name = input.stdin ? 'text read from standard input' : input.name;
      // Loaded only for a draft, not when the bin starts: it needs the schema package.
      const { draftDossier } = await import('../extract/draft-dossier');
      const draft = draftDossier(found, input.text, name);
      writeJson(io.stdout, draft);
      io.stderr.write(
        `reckon: drafted ${plural(found.length, 'estimate')}; complete each "TODO:" metric and add geography, period and provenance\n`,
      );
      return EXIT.ok;
    }
    const at = positions(input.text);
    let lines = '';
    for (const item of found) {
      const { line, column } = at(item.start);
      const record = {
        text: item.text,
        start: item.start,
        end: item.end,
        line,
        column,
        range: rangeToJSON(item.range),
        ...(item.noun === undefined ? {} : { noun: item.noun }),
        ...(item.context === undefined ? {} : { context: item.context }),
      };
      lines += `${JSON.stringify(record)}\n`;
    }
    io.stdout.write(lines);
    return EXIT.ok;
  },
};
