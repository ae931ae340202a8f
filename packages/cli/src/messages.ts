/**
 * Every message the CLI prints about a failure, in one place so they stay consistent. Each is
 * one line and says what went wrong, where, and what would be right.
 */
import { formatBytes } from './text/bytes';

const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`;

export const messages = {
  // ---- reading input ----------------------------------------------------------------------
  noSuchFile: (name: string) => `${name}: no such file`,
  notAFolder: (name: string) => `${name}: a part of this path is not a folder`,
  permissionDenied: (name: string) => `${name}: permission denied: check that you may read it`,
  cannotOpen: (name: string, code: string) => `${name}: cannot be opened (${code})`,
  cannotRead: (name: string, code: string) => `${name}: cannot be read (${code})`,
  isDirectory: (name: string) => `${name} is a directory: give the path of a file inside it`,
  tooLarge: (name: string, size: number, limit: number) =>
    `${name} is ${formatBytes(size)}, larger than the ${formatBytes(limit)} reckon reads: give a smaller file`,
  tooLargeStream: (name: string, limit: number) =>
    `${name} passed ${formatBytes(limit)}, the most reckon reads: give a smaller input`,
  binary: (name: string, offset: number) =>
    `${name} looks like a binary file (a NUL byte at offset ${offset}), not text: give a UTF-8 text file`,
  utf16: (name: string) => `${name} is UTF-16 text: save it as UTF-8 and try again`,
  notUtf8: (name: string, offset: number, byte: number) =>
    `${name} is not valid UTF-8: the byte at offset ${offset} (${hex(byte)}) starts no character; save the file as UTF-8`,

  // ---- parsing ----------------------------------------------------------------------------
  notJson: (where: string, reason: string) => `${where}: not valid JSON: ${reason}`,
  notYaml: (where: string, reason: string) => `${where}: not valid YAML: ${reason}`,
  duplicateKey: (where: string, key: string, first: string) =>
    `${where}: duplicate key ${key}, first at ${first}: JSON readers disagree on which one counts, so remove one`,
  tooManyValues: (name: string, limit: number) =>
    `${name} holds more than ${limit.toLocaleString('en')} JSON values, more than reckon reads in one dossier: split it`,
  yamlTooLarge: (name: string, limit: number) =>
    `${name} is YAML with more than ${limit.toLocaleString('en')} lines, items and keys, more than reckon reads as YAML: convert it to JSON (e.g. yq -o json), which reckon reads up to 64 MB`,
  emptyDocument: (name: string) =>
    `${name} is empty: a dossier is a JSON or YAML object with a "schemaVersion"`,

  // ---- writing output ---------------------------------------------------------------------
  cannotWrite: (name: string, reason: string) => `cannot write ${name}: ${reason}`,
  stdoutClosed: 'standard output was closed before all output was written; stopped',
  stdoutNotOpen:
    'standard output is not open, so the output would be lost: leave it open, or give --out FILE where the command has it',
  complexKey: (where: string) =>
    `${where}: not valid YAML for a dossier: a key that is a list or a map; keys are plain text`,

  // ---- the command line -------------------------------------------------------------------
  noCommand: 'no command given: try "reckon --help"',
  unknownCommand: (name: string, suggestion: string | undefined) =>
    `unknown command "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: run "reckon --help" for the list`,
  unknownOption: (command: string, option: string, suggestion: string | undefined) =>
    `unknown option ${option} for "reckon ${command}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}: run "reckon ${command} --help"`,
  missingValue: (command: string, option: string) =>
    `option ${option} of "reckon ${command}" needs a value: run "reckon ${command} --help"`,
  unexpectedValue: (command: string, option: string) =>
    `option ${option} of "reckon ${command}" takes no value: run "reckon ${command} --help"`,
  missingFile: (command: string) =>
    `"reckon ${command}" needs a file: give a path, or - to read standard input`,
  tooManyArguments: (command: string, extra: string) =>
    `"reckon ${command}" takes one argument; unexpected "${extra}": run "reckon ${command} --help"`,
  stdinTwice: (command: string) =>
    `"reckon ${command}" reads standard input once: give - only once`,
  noDossierFiles: (name: string) =>
    `${name}: a folder with no .json, .yaml or .yml file in it (or below)`,
  cannotList: (name: string, code: string) => `${name}: the folder cannot be listed (${code})`,
  manyNeedOutDir: (command: string, count: number) =>
    `"reckon ${command}" got ${count} inputs: give --out DIR, a folder to write one file per input into`,
  sameOutput: (first: string, second: string, out: string) =>
    `${first} and ${second} would both be written to ${out}: rename one, or give them separately`,
  jsonAndFormat: (command: string, format: string) =>
    `--json and --format ${format} ask for different outputs (reckon ${command}): give one`,
  unknownGlobalOption: (option: string) =>
    `unknown option ${option}: give a command first, e.g. "reckon validate dossier.json"; run "reckon --help"`,
  badChoice: (command: string, option: string, value: string, choices: readonly string[]) =>
    `${option} "${value}" is not one of ${choices.join(', ')} (reckon ${command})`,
  badLocale: (value: string) =>
    `--locale "${value}" is not a BCP 47 language tag: use e.g. en, en-GB, fr or km`,
  badCurrency: (value: string) =>
    `--dollar "${value}" is not an ISO 4217 currency code: use e.g. USD, AUD or CAD`,
  unknownEntity: (name: string, names: readonly string[], suggestion: string | undefined) =>
    `no JSON Schema named "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: choose one of ${names.join(', ')}`,
  internal: (message: string) =>
    `internal error: ${message}. Please report it with the command you ran at https://github.com/reckon-js/reckon/issues`,
} as const;
