import { dossierChartItems, rangeChart } from '@reckon/chart';
import { deriveFigures } from '@reckon/check';
import { parseDossier } from '@reckon/schema';

/** The chart of a dossier as the page draws it, for writing next to a brief. */
export function dossierChart(input: unknown): string {
  const dossier = parseDossier(input);
  return rangeChart(dossierChartItems(dossier, deriveFigures(dossier)), {
    title: dossier.title ?? 'Estimates',
  });
}
