import { dossierChartItems, rangeChart } from '@reckon/chart';
import { checkDossier, deriveFigures, type Finding } from '@reckon/check';
import { dossierToMdast } from '@reckon/markdown';
import { safeParseDossier } from '@reckon/schema';
import { briefHtml } from './brief-html';

/** What the page shows for one file. */
export type Shown =
  | {
      readonly kind: 'brief';
      readonly html: string;
      readonly svg: string;
      readonly findings: readonly Finding[];
    }
  | {
      readonly kind: 'invalid';
      readonly issues: readonly { readonly path: string; readonly message: string }[];
    };

/** Reads a file's text as JSON, saying where it broke when it is not JSON at all. */
export function readJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `not JSON: ${(error as Error).message}` };
  }
}

/** Validates a dossier and, when it is valid, renders its brief, chart and findings. */
export function showDossier(input: unknown): Shown {
  const result = safeParseDossier(input);
  if (!result.success) return { kind: 'invalid', issues: result.issues };
  const dossier = result.data;
  const derived = deriveFigures(dossier);
  return {
    kind: 'brief',
    html: briefHtml(dossierToMdast(dossier)),
    svg: rangeChart(dossierChartItems(dossier, derived), { title: dossier.title ?? 'Estimates' }),
    findings: checkDossier(dossier),
  };
}
