import { checkDossier, deriveFigures, validateOnce } from '@reckon/check';
import type { Dossier } from '@reckon/schema';
import type { Root, RootContent } from 'mdast';
import { type BriefContext, createContext } from '../context';
import { type BriefOptions, resolveOptions } from '../options';
import { data, phrase } from '../phrase';
import { chartSection } from './chart';
import { footnoteDefinitions } from './citations';
import { estimatesSection, type PlacedEstimate } from './estimates';
import { findingsList } from './findings';
import { implicationsSection } from './implications';
import { heading, paragraph } from './nodes';
import { reportBlocks } from './report';
import { responseBlocks } from './response';

/** Every estimate of the dossier, reports' first, in document order. */
function allEstimates(dossier: Dossier): PlacedEstimate[] {
  return [
    ...dossier.reports.flatMap((report, i) =>
      report.estimates.map((estimate, j) => ({ estimate, where: `reports[${i}].estimates[${j}]` })),
    ),
    ...dossier.estimates.map((estimate, i) => ({ estimate, where: `estimates[${i}]` })),
  ];
}

function findingsSection(context: BriefContext, dossier: Dossier): RootContent[] {
  const blocks = dossier.reports.flatMap((report, i) =>
    reportBlocks(context, report, `reports[${i}]`, 1, false),
  );
  if (dossier.claims.length > 0) {
    blocks.push(heading(context, 1, phrase('Other claims')));
    const claims = dossier.claims.map((claim, i) => ({ claim, where: `claims[${i}]` }));
    blocks.push(findingsList(context, claims, undefined));
  }
  return blocks;
}

function section(context: BriefContext, dossier: Dossier, name: string): RootContent[] {
  switch (name) {
    case 'summary':
      return dossier.description === undefined
        ? []
        : [paragraph(phrase(data(dossier.description)))];
    case 'estimates':
      return estimatesSection(context, allEstimates(dossier));
    case 'chart':
      return chartSection(context);
    case 'implications':
      return implicationsSection(context, {
        figures: deriveFigures(dossier),
        findings: checkDossier(dossier),
      });
    case 'findings':
      return findingsSection(context, dossier);
    case 'responses':
      return dossier.responses.flatMap((response, i) =>
        responseBlocks(context, response, `responses[${i}]`, 1),
      );
    default:
      return [];
  }
}

/**
 * A dossier as an mdast tree: the brief a researcher pastes into a story, a wiki or an issue.
 * The title, then the sections in the order of `options.sections` (by default the summary,
 * the estimates table, the chart if one is given, what the numbers imply, each report with its
 * findings, and each official response beside what it answers), then the citations as GFM
 * footnotes. Every string from the dossier is text: it can never become a link, image, HTML,
 * heading, table cell or footnote (see `safeText`).
 *
 * The dossier is validated first, once (`validateOnce` from @reckon/check: a dossier already
 * validated there is not validated again, and the derived figures and findings reuse it), so a
 * document read from JSON that skipped validation, or one built by hand, gets a clear error with
 * paths rather than a crash half-way through the brief.
 *
 * @param input - a dossier, as `parseDossier` returns it or as read from JSON
 * @param options - brief options
 * @returns an mdast root, the same for the same dossier and options
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 * @throws {DossierValidationError} from @reckon/schema when the dossier is not valid
 * @example
 * ```ts
 * import { dossierToMdast } from '@reckon/markdown';
 * import { parseDossier } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   title: 'Scam revenue',
 *   estimates: [{ id: 'revenue', metric: 'Scam revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' } }],
 * });
 * dossierToMdast(dossier, { sections: ['estimates'] }).children.map((node) => node.type);
 * // => ['heading', 'heading', 'table']
 * ```
 */
export function dossierToMdast(input: Dossier, options?: BriefOptions): Root {
  return dossierTree(validateOnce(input), options);
}

/**
 * {@link dossierToMdast} without the validation: the tree builders' own defences (every string
 * is text; only http, https and mailto urls are linked) must hold even for data that never went
 * through the schema, and the injection tests check them here. Not exported from the package.
 *
 * @param dossier - a dossier, validated or not
 * @param options - brief options
 * @returns an mdast root
 */
export function dossierTree(dossier: Dossier, options?: BriefOptions): Root {
  const context = createContext(resolveOptions(options), dossier);
  const title = dossier.title ?? dossier.id ?? 'Brief';
  const blocks: RootContent[] = [heading(context, 0, phrase(data(title)))];
  for (const name of context.options.sections) blocks.push(...section(context, dossier, name));
  return { type: 'root', children: [...blocks, ...footnoteDefinitions(context)] };
}
