import type { Dossier, Estimate, OfficialResponse, Report } from '@reckon/schema';
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { EntityOptions } from './entity-options';
import type { BriefOptions } from './options';
import { dossierToMdast } from './to-mdast/dossier';
import { estimatesToMdast } from './to-mdast/estimates';
import { reportToMdast } from './to-mdast/report';
import { responseToMdast } from './to-mdast/response';

/**
 * Serialises a brief's mdast tree to Markdown with GFM (tables, footnotes, strikethrough,
 * autolink literals), in the brief's house style: `-` bullets, `_emphasis_`, `**strong**`,
 * padded and aligned table cells. The GFM extension supplies the escaping rules for its
 * constructs (a `|` in a cell, a `~` that could strike through); together with `safeText`,
 * they keep data text from becoming markup.
 *
 * @param tree - an mdast root, as the `…ToMdast` functions return
 * @returns the Markdown text, ending with a newline
 * @throws {Error} from mdast-util-to-markdown when the tree holds a node it cannot write
 * @example
 * ```ts
 * import { serializeBrief } from '@reckon/markdown';
 * serializeBrief({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '[x](y)' }] }] });
 * // => '\\[x]\\(y)\n'
 * ```
 */
export function serializeBrief(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    fences: true,
  });
}

/**
 * Renders a dossier as a Markdown brief; see `dossierToMdast` for what it holds. The dossier
 * is validated once, with @reckon/check's `validateOnce`: the figures and findings in the brief
 * reuse that validation, and a dossier already validated there is not validated again.
 *
 * @param dossier - a dossier, as `parseDossier` or `validateOnce` returns it
 * @param options - brief options
 * @returns the Markdown text: the same bytes for the same dossier and options
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 * @throws {DossierValidationError} with the implications section, when the dossier is not valid
 * @example
 * ```ts
 * import { renderDossier } from '@reckon/markdown';
 * import { parseDossier } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   title: 'Scam revenue',
 *   estimates: [{ id: 'revenue', metric: 'Scam revenue', range: { low: 12.5e9, high: 19e9, unit: 'USD/year' } }],
 * });
 * const brief = renderDossier(dossier, { headingDepth: 2, sections: ['estimates'] });
 * brief.split('\n')[0]; // => '## Scam revenue'
 * brief.split('\n')[6]; // => '| Scam revenue | $12.5–19 billion a year | not stated | not stated | —            | not stated |'
 * ```
 */
export function renderDossier(dossier: Dossier, options?: BriefOptions): string {
  return serializeBrief(dossierToMdast(dossier, options));
}

/**
 * Renders one report as Markdown; see `reportToMdast`.
 *
 * @param report - the report
 * @param options - brief options, and the dossier the report belongs to
 * @returns the Markdown text
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 * @example
 * ```ts
 * import { renderReport } from '@reckon/markdown';
 * import { parseReport } from '@reckon/schema';
 * renderReport(parseReport({ id: 'report', title: 'Policies and Patterns' })).split('\n').slice(0, 3);
 * // => ['# Policies and Patterns', '', 'Report.[^1]']
 * ```
 */
export function renderReport(report: Report, options?: EntityOptions): string {
  return serializeBrief(reportToMdast(report, options));
}

/**
 * Renders one official response as Markdown; see `responseToMdast`.
 *
 * @param response - the response
 * @param options - brief options, and the dossier the response belongs to
 * @returns the Markdown text
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 * @example
 * ```ts
 * import { renderResponse } from '@reckon/markdown';
 * import { parseOfficialResponse } from '@reckon/schema';
 * const response = parseOfficialResponse({
 *   id: 'response',
 *   respondentId: 'ministry',
 *   date: 'XXXX-05-20',
 *   stance: 'dismisses',
 *   targets: { reportIds: ['report'] },
 * });
 * renderResponse(response).split('\n').slice(0, 5);
 * // => ['# Response: ministry', '', '- **Who:** ministry', '- **When:** 20 May (year not recorded)', '- **Stance:** dismisses report']
 * ```
 */
export function renderResponse(response: OfficialResponse, options?: EntityOptions): string {
  return serializeBrief(responseToMdast(response, options));
}

/**
 * Renders an estimates table as Markdown; see `estimatesToMdast`.
 *
 * @param estimates - the estimates
 * @param options - brief options, and the dossier the estimates belong to
 * @returns the Markdown text
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a range or date the data gets wrong
 * @example
 * ```ts
 * import { renderEstimates } from '@reckon/markdown';
 * import { parseEstimate } from '@reckon/schema';
 * const share = parseEstimate({
 *   id: 'share',
 *   metric: 'Scam revenue as a share of GDP',
 *   range: { low: null, high: 60, unit: '%', qualifier: 'at-most' },
 *   relativeTo: { metric: 'GDP' },
 *   numeratorEstimateId: 'revenue',
 * });
 * renderEstimates([share]).split('\n')[2];
 * // => '| Scam revenue as a share of GDP | up to 60% of GDP | not stated | not stated | at most      | not stated |'
 * ```
 */
export function renderEstimates(estimates: readonly Estimate[], options?: EntityOptions): string {
  return serializeBrief(estimatesToMdast(estimates, options));
}
