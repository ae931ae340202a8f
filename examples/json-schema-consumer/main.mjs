// Validates the seed dossier (valid) and broken.json (not valid) with ajv, printing each
// problem. Exits 1 if either comes out otherwise, so a change that breaks this example fails
// its test. To validate your own files: node validate.mjs your-dossier.json ...
import { readFileSync } from 'node:fs';
import { createValidator } from './validator.mjs';

const validate = createValidator('dossier');

const cases = [
  { file: '../cambodia-scam-economy/dossier.json', expectValid: true },
  { file: 'broken.json', expectValid: false },
];

let asExpected = true;
for (const { file, expectValid } of cases) {
  const document = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const { valid, errors } = validate(document);
  console.log(`${file}: ${valid ? 'valid' : `not valid (${errors.length} problems)`}`);
  for (const error of errors) console.log(`  ${error.path}: ${error.message}`);
  if (valid !== expectValid) asExpected = false;
}
process.exitCode = asExpected ? 0 : 1;
