import type { Report } from '@reckon/schema';
import type { Root, RootContent } from 'mdast';
import { type BriefContext, createContext } from '../context';
import { type EntityOptions, resolveEntityOptions } from '../entity-options';
import { formatDate } from '../format/date';
import { data, type Piece, phrase } from '../phrase';
import { actorName, cite, footnoteDefinitions, joinNames } from './citations';
import { estimatesSection } from './estimates';
import { findingsList } from './findings';
import { emphasis, type HeadingLevel, heading, paragraph } from './nodes';

/** The byline: `Report by …`, publisher, date, and the citation of the report itself. */
function byline(context: BriefContext, report: Report, where: string): RootContent {
  const authors = (report.authorIds ?? []).map((id) => actorName(context, id));
  const published =
    report.published === undefined
      ? undefined
      : formatDate(report.published, context.options, `${where}.published`);
  const parts: Piece[] = ['Report', authors.length > 0 && [' by ', joinNames(authors)]];
  if (report.publisherId !== undefined) {
    parts.push(', published by ', actorName(context, report.publisherId));
  }
  if (published !== undefined) parts.push(`, ${published}`);
  const commissioners = (report.commissionedBy ?? []).map((id) => actorName(context, id));
  return paragraph(
    phrase(
      parts,
      '.',
      cite(context, report.id),
      report.series !== undefined && [
        ' Part of the series ',
        emphasis(phrase(data(report.series))),
        report.edition !== undefined && [', edition ', data(report.edition)],
        '.',
      ],
      report.series === undefined &&
        report.edition !== undefined && [' Edition ', data(report.edition), '.'],
      commissioners.length > 0 && [' Commissioned by ', joinNames(commissioners), '.'],
    ),
  );
}

/**
 * A report's blocks: heading, byline, summary, optionally its estimates table, and its
 * findings. `level` is the level of the report's heading: 1 inside a dossier brief, 0 when the
 * report is the whole brief (its title is then the brief's title).
 *
 * @param context - the build's context
 * @param report - the report
 * @param where - where the report is in the data (`reports[0]`)
 * @param level - the level of the report's heading
 * @param withEstimates - include the report's estimates table (a dossier brief has its own)
 * @returns the blocks
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 */
export function reportBlocks(
  context: BriefContext,
  report: Report,
  where: string,
  level: 0 | 1,
  withEstimates: boolean,
): RootContent[] {
  const inner = (level + 1) as HeadingLevel;
  const blocks: RootContent[] = [
    heading(
      context,
      level,
      report.title !== undefined
        ? phrase(data(report.title))
        : phrase('Untitled report: ', data(report.description ?? report.id)),
    ),
    byline(context, report, where),
  ];
  if (report.summary !== undefined) blocks.push(paragraph(phrase(data(report.summary))));
  const sections = context.options.sections;
  for (const section of sections) {
    if (section === 'estimates' && withEstimates) {
      const estimates = report.estimates.map((estimate, i) => ({
        estimate,
        where: `${where}.estimates[${i}]`,
      }));
      blocks.push(...estimatesSection(context, estimates, inner));
    }
    if (section === 'findings' && report.findings.length > 0) {
      blocks.push(heading(context, inner, phrase('Findings')));
      const claims = report.findings.map((claim, i) => ({
        claim,
        where: `${where}.findings[${i}]`,
      }));
      blocks.push(findingsList(context, claims, report.id));
    }
  }
  return blocks;
}

/**
 * A report as an mdast tree: its title, byline, summary, estimates table and findings, with
 * citations as footnotes. Pass `dossier` in the options to resolve author and source ids.
 * Of `sections`, `estimates` and `findings` apply (in the order given); others are ignored.
 *
 * @param report - the report
 * @param options - brief options, and the dossier the report belongs to
 * @returns an mdast root
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 * @example
 * ```ts
 * import { reportToMdast } from '@reckon/markdown';
 * import { parseReport } from '@reckon/schema';
 * const tree = reportToMdast(parseReport({ id: 'report', title: 'Policies and Patterns' }));
 * tree.children.map((node) => node.type); // => ['heading', 'paragraph', 'footnoteDefinition']
 * ```
 */
export function reportToMdast(report: Report, options?: EntityOptions): Root {
  const { resolved, dossier } = resolveEntityOptions(options);
  const context = createContext(resolved, dossier);
  const blocks = reportBlocks(context, report, 'report', 0, true);
  return { type: 'root', children: [...blocks, ...footnoteDefinitions(context)] };
}
