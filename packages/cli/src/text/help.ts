/** The parts of a command's `--help`. */
export interface HelpSpec {
  /** `reckon render`. */
  readonly title: string;
  /** What it does, in a few words. */
  readonly summary: string;
  readonly usage: string;
  /** A paragraph on what it reads and writes. */
  readonly description: string;
  /** `[flags, what they do]`. */
  readonly options: readonly (readonly [string, string])[];
  readonly examples: readonly string[];
  /** What each exit code means for this command, one line each. */
  readonly exitCodes: readonly string[];
}

/**
 * Lays out a command's help the same way for every command: summary, usage, description,
 * options, examples, exit codes.
 *
 * @param spec - the parts
 * @returns the text, ending with a newline
 * @throws never
 * @example
 * ```ts
 * helpText({
 *   title: 'reckon schema',
 *   summary: 'print a JSON Schema',
 *   usage: 'reckon schema [entity]',
 *   description: 'Prints the JSON Schema of a dossier or of one entity.',
 *   options: [['-h, --help', 'show this help']],
 *   examples: ['reckon schema estimate'],
 *   exitCodes: ['0 printed', '2 unknown entity'],
 * }).startsWith('reckon schema — print a JSON Schema'); // => true
 * ```
 */
export function helpText(spec: HelpSpec): string {
  const width = Math.max(...spec.options.map(([flags]) => flags.length));
  const options = spec.options.map(([flags, text]) => `  ${flags.padEnd(width)}  ${text}`);
  return [
    `${spec.title} — ${spec.summary}`,
    '',
    'Usage',
    `  ${spec.usage}`,
    '',
    spec.description,
    '',
    'Options',
    ...options,
    '',
    'Examples',
    ...spec.examples.map((example) => `  ${example}`),
    '',
    'Exit codes',
    ...spec.exitCodes.map((line) => `  ${line}`),
    '',
  ].join('\n');
}
