// Writes seed-chart.svg, the chart of the seed case that this example's README shows.
// Run after building the packages: npm run seed-chart
import { readFileSync, writeFileSync } from 'node:fs';
import { dossierChart } from '../src/seed-chart';

const seed = JSON.parse(
  readFileSync(new URL('../../cambodia-scam-economy/dossier.json', import.meta.url), 'utf8'),
);
writeFileSync(new URL('../seed-chart.svg', import.meta.url), dossierChart(seed));
console.log('wrote seed-chart.svg');
