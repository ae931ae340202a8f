import { CHANGE_VERBS } from './lexicon/changes';
import { REVISION_VERBS } from './lexicon/revisions';
import type { TokenStream } from './token-stream';

/** At most this many tokens between a verb of revision and its "from" or "to". */
const REVISION_REACH = 24;

/**
 * Whether the "from" or "to" at token `k` is one side of a revision, or of a change between
 * two levels: an old figure and a new one, "from 587 to 316" or "to 26,271 from 41,000",
 * after a verb of revision in the clause or right after a verb of change ("rose from 5% to
 * 7%"). Both sides must be there: "raised its outlook by one percentage point to 7.5" is a
 * change and a new level.
 *
 * @param stream - the tokens
 * @param k - index of the "from" or "to"
 * @param after - index of the first token after the figure that follows `k`
 * @returns whether the figure after `k` is one side of a revision
 */
export function revisionPaired(stream: TokenStream, k: number, after: number): boolean {
  const side = stream.at(k).lower;
  const partner = side === 'from' ? 'to' : 'from';
  // The nearest "from" or "to" before it, up to a verb of revision or change in the clause,
  // decides: in "from $2,064 to $2,227, equivalent to Tk188,873", the first "to" took the
  // "from", and the second is no revision.
  for (let i = k - 1; i > k - REVISION_REACH; i--) {
    const token = stream.at(i);
    const verb = REVISION_VERBS.has(token.lower) || CHANGE_VERBS.has(token.lower);
    if (token.kind === 'end' || CLAUSE_END.has(token.text) || verb) break;
    if (token.lower === partner) return opensRevision(stream, i);
    if (token.lower === side) return false;
  }
  if (!opensRevision(stream, k)) return false;
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
 * Whether the "from" or "to" at `k` follows a verb of change right before it ("rose from"),
 * or a verb of revision shortly before it in its clause ("revised the death toll in the
 * hard-hit region down from 587 to 316").
 */
function opensRevision(stream: TokenStream, k: number): boolean {
  if (CHANGE_VERBS.has(stream.at(k - 1).lower)) return true;
  for (let i = k - 1; i >= k - REVISION_REACH; i--) {
    const token = stream.at(i);
    if (token.kind === 'end' || CLAUSE_END.has(token.text)) return false;
    if (REVISION_VERBS.has(token.lower)) return true;
  }
  return false;
}

const CLAUSE_END: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
