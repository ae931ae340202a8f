import { rangeChart } from '@reckon/chart';
import { deriveFigures } from '@reckon/check';
import { parseDossier } from '@reckon/schema';
import { chartItems } from './chart-items';

/** The chart of a dossier as the page draws it, for writing next to a brief. */
export function dossierChart(input: unknown): string {
  const dossier = parseDossier(input);
  return rangeChart(chartItems(dossier, deriveFigures(dossier)), {
    title: dossier.title ?? 'Estimates',
  });
}
