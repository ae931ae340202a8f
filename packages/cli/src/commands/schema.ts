import type { JsonSchemaName } from '@reckon/schema';
import { parseCommandArgs } from '../args/parse-command-args';
import { UsageError } from '../errors';
import { EXIT } from '../exit-codes';
import { messages } from '../messages';
import { writeJson } from '../output/write-json';
import { helpText } from '../text/help';
import { suggest } from '../text/suggest';
import type { Command } from './command';

const OPTIONS = {
  list: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The entities, for the help. Written out so that printing the help loads neither zod nor the
 * schemas (the bin starts faster for every command); being a record over `JsonSchemaName`, the
 * compiler refuses it when an entity is added to or dropped from `@reckon/schema`.
 */
const ENTITIES: Readonly<Record<JsonSchemaName, true>> = {
  dossier: true,
  actor: true,
  source: true,
  report: true,
  claim: true,
  estimate: true,
  'official-response': true,
  quote: true,
};

/** `reckon schema`: the JSON Schema of a dossier or of one entity. */
export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of a dossier or of one entity',
  usage: 'reckon schema [entity] [--list] [--json]',
  help: helpText({
    title: 'reckon schema',
    summary: 'print the JSON Schema of a dossier or of one entity',
    usage: 'reckon schema [entity] [--list] [--json]',
    description: [
      'Prints the JSON Schema (draft 2020-12) that @reckon/schema ships for a dossier (the',
      'default) or for one entity, so a project in any language can validate the same',
      'documents. JSON Schema cannot state every rule (references that resolve, unique ids,',
      'low <= high): "reckon validate" checks them all.',
      '',
      `Entities: ${Object.keys(ENTITIES).join(', ')}.`,
    ].join('\n'),
    options: [
      ['--list', 'print the entity names, one a line'],
      ['--json', 'the schema is JSON already; with --list, print the names as a JSON array'],
      ['-h, --help', 'show this help'],
    ],
    examples: [
      'reckon schema > dossier.schema.json',
      'reckon schema estimate',
      'reckon schema --list',
    ],
    exitCodes: ['0 printed', '2 unknown entity, or another usage error'],
  }),
  async run(argv, { io }) {
    const { values, positionals } = parseCommandArgs('schema', argv, OPTIONS);
    const { generateJsonSchema, JSON_SCHEMA_NAMES } = await import('@reckon/schema');
    const isName = (name: string): name is JsonSchemaName =>
      (JSON_SCHEMA_NAMES as readonly string[]).includes(name);
    if (values.list) {
      // With --json the list too is one JSON document, as every command's output is then.
      if (values.json) writeJson(io.stdout, JSON_SCHEMA_NAMES);
      else io.stdout.write(`${JSON_SCHEMA_NAMES.join('\n')}\n`);
      return EXIT.ok;
    }
    const [name = 'dossier', extra] = positionals;
    if (extra !== undefined) throw new UsageError(messages.tooManyArguments('schema', extra));
    if (!isName(name)) {
      throw new UsageError(
        messages.unknownEntity(name, JSON_SCHEMA_NAMES, suggest(name, JSON_SCHEMA_NAMES)),
      );
    }
    io.stdout.write(`${JSON.stringify(generateJsonSchema(name), null, 2)}\n`);
    return EXIT.ok;
  },
};
