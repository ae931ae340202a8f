/**
 * The seed case end to end: read the dossier, validate it, and print its brief: the estimates,
 * what the numbers imply (derived figures and findings from @reckon/check, rendered by
 * @reckon/markdown), the report's findings and the government's response beside what it
 * rebuts. The brief goes to standard output; a one-line summary goes to standard error.
 */
import { readFileSync } from 'node:fs';
import { checkDossier, deriveFigures } from '@reckon/check';
import { renderDossier } from '@reckon/markdown';
import { safeParseDossier } from '@reckon/schema';

const file = new URL('./dossier.json', import.meta.url);
const result = safeParseDossier(JSON.parse(readFileSync(file, 'utf8')));

if (!result.success) {
  // Every problem, with its path in the dossier: reports[0].estimates[2].range.
  for (const issue of result.issues) console.error(`dossier.json ${issue.path}: ${issue.message}`);
  process.exit(1);
}

const dossier = result.data;
const brief = renderDossier(dossier);
process.stdout.write(brief.endsWith('\n') ? brief : `${brief}\n`);

const figures = deriveFigures(dossier);
const findings = checkDossier(dossier);
const errors = findings.filter((finding) => finding.severity === 'error').length;
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
console.error(
  `dossier.json: valid; ${count(figures.length, 'derived figure')}, ${count(findings.length, 'finding')} (${count(errors, 'error')})`,
);
