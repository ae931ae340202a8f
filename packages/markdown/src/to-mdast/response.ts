import { isOfficialResponse, type OfficialResponse, type Quote } from '@reckon/schema';
import type { BlockContent, Root, RootContent } from 'mdast';
import { type BriefContext, createContext, pathOf } from '../context';
import { type EntityOptions, resolveEntityOptions } from '../entity-options';
import { formatDate } from '../format/date';
import { rangeText } from '../format/range';
import { data, type Piece, phrase } from '../phrase';
import {
  ARGUMENT_KIND_WORDS,
  CHANNEL_WORDS,
  CLAIM_KIND_WORDS,
  STANCE_WORDS,
  wordsFor,
} from '../words/kinds';
import {
  actorName,
  cite,
  footnoteDefinitions,
  joinNames,
  sourceKindWords,
  sourceName,
} from './citations';
import { type HeadingLevel, heading, list, paragraph, strong } from './nodes';
import { quoteToMdast } from './quote';

/** Who answered, in what role: `Touch Sokhak, spokesperson, Ministry of Interior`. */
function who(context: BriefContext, response: OfficialResponse): Piece {
  const role = response.role;
  return [
    actorName(context, response.respondentId),
    role !== undefined && [', ', data(role.title)],
    role?.bodyId !== undefined && [', ', actorName(context, role.bodyId)],
  ];
}

/**
 * What a response answers, named briefly in running text: reports by title (or description, in
 * plain words); claims outside those reports and estimates by their words when there is one,
 * by their number otherwise. The full list follows under "What it answers".
 */
function targetNames(context: BriefContext, response: OfficialResponse): Piece[] {
  const reportIds = response.targets.reportIds ?? [];
  const names: Piece[] = reportIds.map((id) => sourceName(context, id));
  const claims = (response.targets.claimIds ?? []).filter((id) => {
    const entry = context.byId.get(id);
    return !(entry?.kind === 'claim' && reportIds.includes(entry.reportId ?? ''));
  });
  const only = claims.length === 1 ? context.byId.get(claims[0] as string) : undefined;
  if (only?.kind === 'claim') names.push(['the claim “', data(only.entity.text), '”']);
  else if (claims.length > 0) names.push(`${claims.length} claims`);
  const estimates = response.targets.estimateIds ?? [];
  const one = estimates.length === 1 ? context.byId.get(estimates[0] as string) : undefined;
  if (one?.kind === 'estimate') names.push(['the estimate of ', data(one.entity.metric)]);
  else if (estimates.length > 0) names.push(`${estimates.length} estimates`);
  return names;
}

/** `disputes the figures in _the 2018 Global Slavery Index_`: the stance and what it answers. */
function stanceLine(context: BriefContext, response: OfficialResponse): Piece {
  const names = targetNames(context, response);
  return [wordsFor(STANCE_WORDS, response.stance), names.length > 0 && [' ', joinNames(names)]];
}

/** The fact-box lines: who, when, how, stance, and where the response was reported. */
function facts(context: BriefContext, response: OfficialResponse, where: string): BlockContent {
  const items: BlockContent[][] = [];
  const line = (label: string, ...value: Piece[]) =>
    items.push([paragraph(phrase(strong(phrase(`${label}:`)), ' ', value))]);
  line('Who', who(context, response));
  if (response.date !== undefined) {
    const date = formatDate(response.date, context.options, `${where}.date`);
    // A day without a year is all the source gives; say so rather than let a reader assume one.
    line('When', date, response.date.startsWith('XXXX') && ' (year not recorded)');
  }
  if (response.channel !== undefined) {
    const how = wordsFor(CHANNEL_WORDS, response.channel);
    if (how !== '') line('How', how);
  }
  line('Stance', stanceLine(context, response));
  if (response.sourceId !== undefined) {
    line(
      'Reported by',
      sourceKindWords(context, response.sourceId),
      cite(context, response.sourceId),
    );
  }
  return list(items);
}

/** `1–3 and 5`: numbers in order, runs as ranges. */
function numberRuns(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return joinNames(runs).join('');
}

/** `all 7 of its findings`, `its findings 2 and 5`, `its finding 3`. */
function findingsWords(numbers: readonly number[], total: number | undefined): string {
  if (total !== undefined && total > 1 && new Set(numbers).size === total) {
    return `all ${total} of its findings`;
  }
  return `its finding${new Set(numbers).size === 1 ? '' : 's'} ${numberRuns(numbers)}`;
}

function reportTitle(context: BriefContext, id: string): Piece {
  return context.byId.get(id)?.kind === 'report' ? sourceName(context, id) : data(id);
}

/**
 * One item per thing the response answers: each report, with the findings of it the response
 * targets; claims; estimates. Findings already listed above in the brief are referred to by
 * number ("and all 7 of its findings, listed above"); others are given in full.
 */
function targets(context: BriefContext, response: OfficialResponse): BlockContent[][] {
  const items: Piece[] = [];
  const listed = new Map<string | undefined, number[]>();
  const unlisted: string[] = [];
  for (const id of response.targets.claimIds ?? []) {
    const found = context.listed.get(id);
    if (found === undefined) unlisted.push(id);
    else listed.set(found.reportId, [...(listed.get(found.reportId) ?? []), found.number]);
  }
  const total = (reportId: string | undefined): number | undefined => {
    const entry = reportId === undefined ? undefined : context.byId.get(reportId);
    return entry?.kind === 'report' ? entry.entity.findings.length : undefined;
  };
  for (const id of response.targets.reportIds ?? []) {
    const numbers = listed.get(id);
    listed.delete(id);
    items.push([
      'The report ',
      reportTitle(context, id),
      numbers !== undefined && [', and ', findingsWords(numbers, total(id)), ', listed above'],
    ]);
  }
  for (const [reportId, numbers] of listed) {
    const words = findingsWords(numbers, total(reportId)).replace(/^its /, '');
    items.push(
      reportId === undefined
        ? [
            `Claim${new Set(numbers).size === 1 ? '' : 's'} ${numberRuns(numbers)} of the other claims, listed above`,
          ]
        : [
            words.charAt(0).toUpperCase(),
            words.slice(1),
            ' of the report ',
            reportTitle(context, reportId),
            ', listed above',
          ],
    );
  }
  for (const id of unlisted) {
    const entry = context.byId.get(id);
    items.push(
      entry?.kind === 'claim'
        ? [
            strong(phrase(wordsFor(CLAIM_KIND_WORDS, entry.entity.kind), '.')),
            ' ',
            data(entry.entity.text),
          ]
        : ['Claim ', data(id)],
    );
  }
  for (const id of response.targets.estimateIds ?? []) {
    const entry = context.byId.get(id);
    items.push(
      entry?.kind === 'estimate'
        ? [
            strong(phrase('Estimate.')),
            ' ',
            data(entry.entity.metric),
            `: ${rangeText(entry.entity.range, context.options, `${pathOf(context, id)}.range`)}`,
          ]
        : ['Estimate ', data(id)],
    );
  }
  return items.map((item) => [paragraph(phrase(item))]);
}

/** The response's own figures, when it offers any. */
function counterFigures(context: BriefContext, response: OfficialResponse): BlockContent[][] {
  return (response.counterEstimateIds ?? []).map((id) => {
    const entry = context.byId.get(id);
    if (entry?.kind !== 'estimate') return [paragraph(phrase(data(id)))];
    const range = rangeText(entry.entity.range, context.options, `${pathOf(context, id)}.range`);
    return [paragraph(phrase(data(entry.entity.metric), `: ${range}`))];
  });
}

/**
 * A response's blocks: heading ("Official response" when the respondent is a government body or
 * political office, or the response is marked official; "Response" otherwise), the fact lines
 * (who, when, how, the stance with what it answers, reported by), its summary, what it answers,
 * its arguments each with the quotes that carry it, its own figures, and the quotes no argument
 * uses. A response that records silence (`no-response`) or a refusal (`declined-to-comment`)
 * is rendered as exactly that: no words are attributed to it.
 *
 * @param context - the build's context
 * @param response - the response
 * @param where - where it is in the data (`responses[0]`)
 * @param level - the level of its heading: 1 in a dossier brief, 0 on its own
 * @returns the blocks
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 */
export function responseBlocks(
  context: BriefContext,
  response: OfficialResponse,
  where: string,
  level: 0 | 1,
): RootContent[] {
  const inner = (level + 1) as HeadingLevel;
  const body = response.role?.bodyId ?? response.respondentId;
  const actors = [...context.byId.values()].flatMap((entry) =>
    entry.kind === 'actor' ? [entry.entity] : [],
  );
  const title = isOfficialResponse(response, actors) ? 'Official response: ' : 'Response: ';
  const blocks: RootContent[] = [
    heading(context, level, phrase(title, actorName(context, body))),
    facts(context, response, where),
  ];
  if (response.summary !== undefined) blocks.push(paragraph(phrase(data(response.summary))));

  const answered = targets(context, response);
  if (answered.length > 0) {
    blocks.push(heading(context, inner, phrase('What it answers')), list(answered));
  }

  const quotes = new Map<string, { quote: Quote; where: string }>();
  response.quotes.forEach((quote, i) => {
    if (quote.id !== undefined && !quotes.has(quote.id)) {
      quotes.set(quote.id, { quote, where: `${where}.quotes[${i}]` });
    }
  });
  const used = new Set<string>();
  if (response.arguments.length > 0) {
    const items = response.arguments.map((argument): BlockContent[] => {
      const blocks: BlockContent[] = [
        paragraph(
          phrase(
            strong(phrase(wordsFor(ARGUMENT_KIND_WORDS, argument.kind), '.')),
            ' ',
            data(argument.summary),
          ),
        ),
      ];
      for (const id of argument.quoteIds ?? []) {
        const found = quotes.get(id);
        used.add(id);
        blocks.push(
          found === undefined
            ? paragraph(phrase('(Quote ', data(id), ' is not in this response.)'))
            : quoteToMdast(context, found.quote, found.where),
        );
      }
      return blocks;
    });
    blocks.push(heading(context, inner, phrase('Arguments')), list(items, true));
  }

  const own = counterFigures(context, response);
  if (own.length > 0) blocks.push(heading(context, inner, phrase('Its own figures')), list(own));

  const rest = response.quotes
    .map((quote, i) => ({ quote, where: `${where}.quotes[${i}]` }))
    .filter(({ quote }) => quote.id === undefined || !used.has(quote.id));
  if (rest.length > 0) {
    blocks.push(heading(context, inner, phrase('Other quotes')));
    for (const { quote, where: at } of rest) blocks.push(quoteToMdast(context, quote, at));
  }
  return blocks;
}

/**
 * An official response as an mdast tree: who answered and when, the stance, what it answers,
 * each argument with its quotes, and footnote citations. Pass `dossier` in the options to
 * resolve the respondent, the targets and the sources.
 *
 * @param response - the response
 * @param options - brief options, and the dossier the response belongs to
 * @returns an mdast root
 * @throws {@link BriefOptionsError} for bad options
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 * @example
 * ```ts
 * import { responseToMdast } from '@reckon/markdown';
 * import { parseOfficialResponse } from '@reckon/schema';
 * const response = parseOfficialResponse({
 *   id: 'response',
 *   respondentId: 'ministry',
 *   stance: 'dismisses',
 *   targets: { reportIds: ['report'] },
 * });
 * responseToMdast(response).children.map((node) => node.type); // => ['heading', 'list', 'heading', 'list']
 * ```
 */
export function responseToMdast(response: OfficialResponse, options?: EntityOptions): Root {
  const { resolved, dossier } = resolveEntityOptions(options);
  const context = createContext(resolved, dossier);
  const blocks = responseBlocks(context, response, 'response', 0);
  return { type: 'root', children: [...blocks, ...footnoteDefinitions(context)] };
}
