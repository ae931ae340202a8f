import { REVISION_VERBS } from './lexicon/revisions';
import type { TokenStream } from './token-stream';

/** At most this many tokens between a verb of revision and its "from" or "to". */
const REVISION_REACH = 24;

/**
 * Whether the "from" or "to" at token `k` follows a verb of revision and has its partner in
 * the same clause: a revision states an old figure and a new one, "from 587 to 316" or "to
 * 26,271 from 41,000", so a "to" alone is not one ("raised its outlook by one percentage
 * point to 7.5" is a change and a new level).
 *
 * @param stream - the tokens
 * @param k - index of the "from" or "to"
 * @param after - index of the first token after the figure that follows `k`
 * @returns whether the figure after `k` is one side of a revision
 */
export function revisionPaired(stream: TokenStream, k: number, after: number): boolean {
  const verb = revisionVerbAt(stream, k);
  if (verb === undefined) return false;
  const partner = stream.at(k).lower === 'from' ? 'to' : 'from';
  for (let i = verb + 1; i < k; i++) if (stream.at(i).lower === partner) return true;
  for (let i = after; i < after + REVISION_REACH; i++) {
    const token = stream.at(i);
    if (token.kind === 'end' || CLAUSE_END.has(token.text)) return false;
    if (token.lower === partner) return true;
    // The next verb of revision starts a revision of its own.
    if (REVISION_VERBS.has(token.lower)) return false;
  }
  return false;
}

/**
 * The index of the verb of revision shortly before token `k` in its clause, if there is one:
 * "revised the death toll in the hard-hit region down from 587 to 316".
 */
function revisionVerbAt(stream: TokenStream, k: number): number | undefined {
  for (let i = k - 1; i >= k - REVISION_REACH; i--) {
    const token = stream.at(i);
    if (token.kind === 'end' || CLAUSE_END.has(token.text)) return undefined;
    if (REVISION_VERBS.has(token.lower)) return i;
  }
  return undefined;
}

const CLAUSE_END: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
