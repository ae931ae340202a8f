import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierChart } from '../src/seed-chart';

describe('seed-chart.svg', () => {
  it('is the chart the page draws for the seed case (regenerate with npm run seed-chart)', () => {
    const seed = JSON.parse(
      readFileSync(new URL('../../cambodia-scam-economy/dossier.json', import.meta.url), 'utf8'),
    );
    const committed = readFileSync(new URL('../seed-chart.svg', import.meta.url), 'utf8');
    expect(dossierChart(seed)).toBe(committed);
  });
});
