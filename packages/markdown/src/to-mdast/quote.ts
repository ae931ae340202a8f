import type { Quote } from '@reckon/schema';
import type { Blockquote } from 'mdast';
import type { BriefContext } from '../context';
import { formatDate } from '../format/date';
import { data, type Piece, phrase } from '../phrase';
import { actorName, cite } from './citations';
import { blockquote, paragraph } from './nodes';

/**
 * A quote as a block quote: the words, then an attribution line with the speaker, the date and
 * the source it was found in. A paraphrase (the source's reported speech, not the speaker's
 * own words) is attributed as such, so a reader never takes it for a direct quote:
 *
 * ```markdown
 * > The question is, is Cambodia a superpower or a technologically advanced country? The answer is no
 * >
 * > — Touch Sokhak, 20 May[^1]
 * ```
 *
 * @param context - the build's context
 * @param quote - the quote
 * @param where - where the quote is in the data (`responses[0].quotes[3]`), for errors
 * @param speaker - who speaks when the quote names no speaker (the report, for a finding)
 * @returns the block quote
 * @throws {@link BriefDataError} when the quote's date is not a partial date
 * @example
 * ```ts
 * quoteToMdast(context, { text: 'Political topics will continue', form: 'direct' }, 'quote');
 * ```
 */
export function quoteToMdast(
  context: BriefContext,
  quote: Quote,
  where: string,
  speaker?: Piece,
): Blockquote {
  const who = quote.speakerId === undefined ? speaker : actorName(context, quote.speakerId);
  const when =
    quote.date === undefined ? undefined : formatDate(quote.date, context.options, `${where}.date`);
  const source = quote.sourceId === undefined ? [] : cite(context, quote.sourceId);
  const paraphrase = quote.form === 'paraphrase';
  const parts: Piece[] = [];
  if (paraphrase) parts.push(who === undefined ? 'Paraphrase' : ['Paraphrase of ', who]);
  else parts.push(who ?? 'Unattributed');
  if (when !== undefined) parts.push(`, ${when}`);
  return blockquote([paragraph(phrase(data(quote.text))), paragraph(phrase('— ', parts, source))]);
}
