import { oneFile, parseCommandArgs } from '../args/parse-command-args';
import { runBatch } from '../batch/run-batch';
import { EXIT } from '../exit-codes';
import { loadDossier } from '../input/load-dossier';
import { formatIssues } from '../output/format-issues';
import { outputFormat } from '../output/output-format';
import { problemOfIssue } from '../output/problem';
import { writeOutput } from '../output/write-output';
import { helpText } from '../text/help';
import { plural } from '../text/plural';
import { escapeTerminal, oneLine } from '../text/terminal-text';
import type { Command } from './command';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * JSON-LD as text that can be pasted into a `<script type="application/ld+json">` element:
 * `<` is written `\u003c`, so a quote holding `</script>` cannot end the element; the value
 * JSON readers see is the same. Control and bidi characters are escaped as everywhere (the
 * layout's line breaks aside: JSON.stringify escapes those inside strings).
 */
const jsonLdText = (value: unknown): string =>
  `${escapeTerminal(JSON.stringify(value, null, 2), '\n').replaceAll('<', '\\u003c')}\n`;

/** `reckon jsonld`: a dossier as schema.org ClaimReview JSON-LD. */
export const jsonld: Command = {
  name: 'jsonld',
  summary: 'write a dossier as schema.org ClaimReview JSON-LD',
  usage: 'reckon jsonld <file|-> [--out FILE] [--json]',
  help: helpText({
    title: 'reckon jsonld',
    summary: 'write a dossier as schema.org ClaimReview JSON-LD',
    usage: 'reckon jsonld <file|-> [--out FILE] [--json]',
    description: [
      'Validates a dossier (JSON or YAML; "-" reads standard input) and writes it as',
      'schema.org JSON-LD, for search engines and fact-checking tools: actors, sources and',
      'reports, each claim and estimate as a Claim (ranges as MonetaryAmount or',
      'QuantitativeValue), a ClaimReview for each verdict, and the quotes of official',
      'responses. "<" is written \\u003c, so the output can go into a <script',
      'type="application/ld+json"> element as it is. An invalid dossier is not exported: its',
      'problems go to standard error.',
    ].join('\n'),
    options: [
      ['-o, --out FILE', 'write the JSON-LD to FILE instead of standard output'],
      ['--json', 'print the run as one JSON document, the JSON-LD in files[0].jsonld'],
      ['--format F', 'text (default), json, or github: GitHub Actions annotations'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon jsonld dossier.json > claim-review.jsonld',
      'reckon jsonld case.yaml --out claim-review.jsonld',
    ],
    exitCodes: [
      '0 written',
      '1 the dossier is not valid, or cannot be read, or the output cannot be written',
      '2 usage error',
    ],
  }),
  async run(argv, context) {
    const { io, err } = context;
    const { values, positionals } = parseCommandArgs('jsonld', argv, OPTIONS);
    const format = outputFormat('jsonld', values);
    // One dossier, one JSON-LD document: a folder is not expanded here.
    const inputs = [{ kind: 'file', argument: oneFile('jsonld', positionals) } as const];
    return runBatch(
      {
        command: 'jsonld',
        format,
        inputs,
        summaryTo: 'stderr',
        words: { ok: 'exported', failed: 'not exported' },
        async each(input) {
          const loaded = await loadDossier(input.argument, io);
          const name = loaded.input.name;
          if (!loaded.valid) {
            const count = plural(loaded.issues.length, 'problem');
            return {
              exitCode: EXIT.failure,
              problems: loaded.issues.map((issue) => problemOfIssue(name, issue)),
              json: { valid: false },
              stderr: `${formatIssues(name, loaded.issues, err)}${oneLine(name)}: ${err.red('not a valid dossier')}: ${count}; nothing exported\n`,
            };
          }
          // Loaded when the command runs, not when the bin starts (see input/load-dossier.ts).
          const { toClaimReview } = await import('@reckon/schema');
          const document = toClaimReview(loaded.dossier);
          if (format === 'json' && (values.out === undefined || values.out === '-')) {
            return { exitCode: EXIT.ok, problems: [], json: { valid: true, jsonld: document } };
          }
          await writeOutput(jsonLdText(document), values.out, io);
          const out = values.out === undefined || values.out === '-' ? {} : { out: values.out };
          return { exitCode: EXIT.ok, problems: [], json: { valid: true, ...out } };
        },
      },
      context,
    );
  },
};
