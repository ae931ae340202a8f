import type { Dossier, Estimate } from '@reckon/schema';

/** The title a source or report is known by, quoted; its description or id when untitled. */
function titleOf(dossier: Dossier, id: string): string {
  const report = dossier.reports.find((r) => r.id === id);
  if (report !== undefined)
    return report.title === undefined ? (report.description ?? id) : `“${report.title}”`;
  const source = dossier.sources.find((s) => s.id === id);
  if (source?.title !== undefined) return `“${source.title}”`;
  return source?.description ?? id;
}

function respondentOf(dossier: Dossier, estimateId: string): string | undefined {
  const response = dossier.responses.find((r) => r.counterEstimateIds?.includes(estimateId));
  if (response === undefined) return undefined;
  const actor = dossier.actors.find((a) => a.id === response.respondentId);
  return actor?.name ?? actor?.description ?? response.respondentId;
}

/**
 * Who stated an estimate, in words: the source it was first `stated-in`, else the report it
 * sits in, else the respondent whose counter-figure it is, else the first source in its
 * provenance.
 *
 * @param dossier - the dossier
 * @param estimate - one of its estimates
 * @param reportId - the report the estimate sits in, if any
 * @returns `stated in “Policies and Patterns…”`, `given by Touch Sokhak`, or `source not stated`
 */
export function sourceWords(dossier: Dossier, estimate: Estimate, reportId?: string): string {
  const steps = (estimate.provenance ?? []).flat();
  const stated = steps.find((step) => step.role === 'stated-in');
  if (stated !== undefined) return `stated in ${titleOf(dossier, stated.sourceId)}`;
  if (reportId !== undefined) return `stated in ${titleOf(dossier, reportId)}`;
  const respondent = respondentOf(dossier, estimate.id);
  if (respondent !== undefined) return `given by ${respondent}`;
  const first = steps[0];
  if (first !== undefined)
    return `${first.role.replace('-', ' ')} ${titleOf(dossier, first.sourceId)}`;
  return 'source not stated';
}
