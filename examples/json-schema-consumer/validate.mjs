#!/usr/bin/env node
// node validate.mjs <file.json>...: validates each dossier against the shipped JSON Schema.
// Exit code 0 when every file is valid, 1 when one is not, 2 when none was given.
import { readFileSync } from 'node:fs';
import { createValidator } from './validator.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs <dossier.json>...');
  process.exit(2);
}

const validate = createValidator('dossier');
let allValid = true;
for (const file of files) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    allValid = false;
    continue;
  }
  const { valid, errors } = validate(document);
  console.log(`${file}: ${valid ? 'valid' : 'not valid'}`);
  for (const error of errors) console.log(`  ${error.path}: ${error.message}`);
  allValid &&= valid;
}
process.exitCode = allValid ? 0 : 1;
