import type { Claim, Review } from '@reckon/schema';
import type { BlockContent, List } from 'mdast';
import { type BriefContext, pathOf } from '../context';
import { formatDate } from '../format/date';
import { rangeText } from '../format/range';
import { data, type Piece, phrase } from '../phrase';
import { confidenceWords } from '../words/confidence';
import { CLAIM_KIND_WORDS, wordsFor } from '../words/kinds';
import { actorName, cite, joinNames, sourceKindWords } from './citations';
import { list, paragraph, strong } from './nodes';
import { quoteToMdast } from './quote';

/** Estimates a finding rests on, by metric and range: `Revenue from … ($12.5–19 billion a year)`. */
function figures(context: BriefContext, claim: Claim): Piece {
  const found = (claim.estimateIds ?? []).map((id): Piece => {
    const entry = context.byId.get(id);
    if (entry?.kind !== 'estimate') return data(id);
    const range = rangeText(entry.entity.range, context.options, `${pathOf(context, id)}.range`);
    return [data(entry.entity.metric), ` (${range})`];
  });
  return found.length > 0 && [' Figures: ', joinNames(found), '.'];
}

function review(context: BriefContext, r: Review, where: string): Piece {
  const date =
    r.date === undefined ? undefined : formatDate(r.date, context.options, `${where}.date`);
  return [
    ' Rated ',
    '“',
    data(r.rating),
    '”',
    ' by ',
    actorName(context, r.reviewerId),
    date !== undefined && `, ${date}`,
    '.',
  ];
}

/**
 * Cites where a finding was found: each step of its provenance except the report it belongs to
 * (the section already names that), or else the source of its quote.
 */
function findingCitations(
  context: BriefContext,
  claim: Claim,
  reportId: string | undefined,
): Piece {
  const steps = (claim.provenance ?? []).flat().filter((step) => step.sourceId !== reportId);
  if (steps.length > 0) return steps.map((step) => cite(context, step.sourceId, step.locator));
  const sourceId = claim.quote?.sourceId;
  return sourceId === undefined || sourceId === reportId ? undefined : cite(context, sourceId);
}

/**
 * Whose words a claim's quote gives when it names no speaker: the claimant's; else, for a
 * report's finding, the report's (quoted by the source); else the source's own.
 */
function speaker(context: BriefContext, claim: Claim, reportId: string | undefined): Piece {
  if (claim.claimantId !== undefined) return actorName(context, claim.claimantId);
  if (reportId !== undefined) return 'The report';
  const sourceId = claim.quote?.sourceId;
  return sourceId === undefined ? undefined : `The ${sourceKindWords(context, sourceId)}`;
}

/**
 * One finding as list-item blocks: its kind in bold, the claim, what it is about, the figures
 * it rests on, any verdicts, and the citation; then the quote, if the source's own words are
 * given. A paraphrase is not repeated under the finding: the finding already says it, and the
 * citation points to the source.
 */
function finding(
  context: BriefContext,
  claim: Claim,
  where: string,
  reportId: string | undefined,
): BlockContent[] {
  const subjects = (claim.subjectIds ?? []).map((id) => actorName(context, id));
  const confidence = confidenceWords(claim.confidence);
  const blocks: BlockContent[] = [
    paragraph(
      phrase(
        strong(phrase(wordsFor(CLAIM_KIND_WORDS, claim.kind), '.')),
        ' ',
        data(claim.text),
        claim.claimantId !== undefined && [
          ' Claimed by ',
          actorName(context, claim.claimantId),
          '.',
        ],
        subjects.length > 0 && [' About: ', joinNames(subjects), '.'],
        confidence !== undefined && [' Confidence: ', confidence, '.'],
        figures(context, claim),
        (claim.reviews ?? []).map((r, i) => review(context, r, `${where}.reviews[${i}]`)),
        findingCitations(context, claim, reportId),
      ),
    ),
  ];
  if (claim.quote !== undefined && claim.quote.form !== 'paraphrase') {
    blocks.push(
      quoteToMdast(context, claim.quote, `${where}.quote`, speaker(context, claim, reportId)),
    );
  }
  return blocks;
}

/**
 * The findings of a report (or free-standing claims) as a numbered list. The numbers are
 * recorded in the context, so a response later in the brief can refer to "findings 1–3".
 *
 * @param context - the build's context
 * @param claims - the claims, with where each is in the data
 * @param reportId - the report they belong to, if any (not cited again under each)
 * @returns the list
 * @throws {@link BriefDataError} for a date or range the data gets wrong
 */
export function findingsList(
  context: BriefContext,
  claims: readonly { readonly claim: Claim; readonly where: string }[],
  reportId: string | undefined,
): List {
  claims.forEach(({ claim }, i) => {
    if (!context.listed.has(claim.id)) context.listed.set(claim.id, { number: i + 1, reportId });
  });
  return list(
    claims.map(({ claim, where }) => finding(context, claim, where, reportId)),
    true,
  );
}
