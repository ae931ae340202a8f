import { chart } from './chart';
import { check } from './check';
import type { Command } from './command';
import { extract } from './extract';
import { jsonld } from './jsonld';
import { render } from './render';
import { schema } from './schema';
import { validate } from './validate';

/** Every command, in the order `reckon --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  render,
  check,
  extract,
  chart,
  jsonld,
  schema,
];
