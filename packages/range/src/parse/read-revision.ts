import { REVISION_VERBS } from './lexicon/revisions';
import type { TokenStream } from './token-stream';

/** At most this many tokens between a verb of revision and its "from" or "to". */
const REVISION_REACH = 24;

/**
 * Whether a verb of revision comes shortly before token `k`, in the same clause:
 * "revised the death toll in the hard-hit region down from 587 to 316".
 *
 * @param stream - the tokens
 * @param k - index of the "from" or "to"
 * @returns whether such a verb is found before a clause ends
 */
export function revisionBefore(stream: TokenStream, k: number): boolean {
  for (let i = k - 1; i >= k - REVISION_REACH; i--) {
    const token = stream.at(i);
    if (token.kind === 'end' || CLAUSE_END.has(token.text)) return false;
    if (REVISION_VERBS.has(token.lower)) return true;
  }
  return false;
}

const CLAUSE_END: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
