import type { Actor } from '@reckon/schema';
import type { FootnoteDefinition, PhrasingContent } from 'mdast';
import { actorOf, type BriefContext, pathOf, sourceOf } from '../context';
import { formatDate } from '../format/date';
import { data, type Piece, phrase } from '../phrase';
import { linkOrCode } from '../safe-url';
import { SOURCE_KIND_WORDS, wordsFor } from '../words/kinds';
import { emphasis, paragraph } from './nodes';

/**
 * Joins names the English way: `A`, `A and B`, `A, B and C` (the brief's words are English;
 * the locale sets numbers, dates and country names).
 *
 * @param names - the names, each already phrasing
 * @returns the joined phrasing pieces
 * @throws never
 */
export function joinNames(names: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  names.forEach((name, i) => {
    if (i > 0) out.push(i === names.length - 1 ? ' and ' : ', ');
    out.push(name);
  });
  return out;
}

/** How an unnamed actor is introduced: `an unnamed person`, `an unnamed government body`. */
const UNNAMED: Readonly<Record<Actor['kind'], string>> = {
  person: 'an unnamed person',
  organisation: 'an unnamed organisation',
  'government-body': 'an unnamed government body',
  'political-office': 'an unnamed political office',
  'political-party': 'an unnamed political party',
};

/**
 * An actor's name, or the id as given when the dossier has no such actor. An actor the source
 * does not name is never given its description as a name: it reads `an unnamed person
 * (described as “a labour ministry official who was not named”)`.
 *
 * @param context - the build's context
 * @param id - the actor id
 * @returns the name as data text
 * @throws never
 */
export function actorName(context: BriefContext, id: string): Piece {
  const actor: Actor | undefined = actorOf(context, id);
  if (actor === undefined) return data(id);
  if (actor.name !== undefined) return data(actor.name);
  return [
    wordsFor(UNNAMED, actor.kind),
    actor.description !== undefined && [' (described as “', data(actor.description), '”)'],
  ];
}

/**
 * How a brief names a report or source in running text: its title in italics, or, when it has
 * none, its description in plain words (`a UN human rights office report on online scam
 * operations`), or else the kind of document.
 *
 * @param context - the build's context
 * @param id - the report or source id
 * @returns the words
 * @throws never
 */
export function sourceName(context: BriefContext, id: string): Piece {
  const found = sourceOf(context, id);
  if (found === undefined) return data(id);
  if (found.entity.title !== undefined) return emphasis(phrase(data(found.entity.title)));
  if (found.entity.description !== undefined) return data(found.entity.description);
  return `an untitled ${sourceKindWords(context, id)}`;
}

/** The noun for what a cited id is: `report`, `news article`, or `source` when unknown. */
export function sourceKindWords(context: BriefContext, id: string): string {
  const found = sourceOf(context, id);
  if (found === undefined) return 'source';
  return found.kind === 'report' ? 'report' : wordsFor(SOURCE_KIND_WORDS, found.entity.kind);
}

/** `a report`, `an interview`: the kind with its article, capitalised when it starts a sentence. */
function withArticle(kind: string, capital: boolean): string {
  const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
  return `${capital ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${kind}`;
}

/** `title is`, `title and link are`, `title, date and link are`. */
function notRecorded(missing: readonly string[]): string {
  const names = joinNames(missing).join('');
  return `; its ${names} ${missing.length === 1 ? 'is' : 'are'} not recorded`;
}

/**
 * The full citation of a source or report, as a footnote gives it: the title, then a sentence
 * with the kind, authors, publisher and date, saying which of title, publisher, date and link
 * the dossier does not record (so an editor sees at once how complete it is), where in the
 * source (`Cited at p. 12.`), then the link, the archived copy and the date retrieved:
 *
 * `_Policies and Patterns_. A report by Jacob Sims; its publisher, date and link are not recorded.`
 */
function citationText(
  context: BriefContext,
  id: string,
  locator: string | undefined,
): PhrasingContent[] {
  const at: Piece = locator !== undefined && [' Cited at ', data(locator), '.'];
  const found = sourceOf(context, id);
  if (found === undefined) return phrase(data(id), ': not described in the dossier.', at);
  const entity = found.entity;
  const where = pathOf(context, id);
  const kind = found.kind === 'report' ? 'report' : wordsFor(SOURCE_KIND_WORDS, found.entity.kind);
  const description = entity.description;
  const authors = (entity.authorIds ?? []).map((a) => actorName(context, a));
  const publisher =
    entity.publisherId === undefined ? undefined : actorName(context, entity.publisherId);
  const published =
    entity.published === undefined
      ? undefined
      : formatDate(entity.published, context.options, `${where}.published`);
  const retrieved =
    found.kind === 'source' && found.entity.retrieved !== undefined
      ? formatDate(found.entity.retrieved, context.options, `${where}.retrieved`)
      : undefined;
  const missing = [
    entity.title === undefined && 'title',
    publisher === undefined && 'publisher',
    published === undefined && 'date',
    entity.url === undefined && 'link',
  ].filter((name): name is string => name !== false);
  return phrase(
    entity.title !== undefined && [emphasis(phrase(data(entity.title))), '. '],
    withArticle(kind, true),
    authors.length > 0 && [' by ', joinNames(authors)],
    publisher !== undefined && [', published by ', publisher],
    published !== undefined && `, ${published}`,
    entity.title === undefined &&
      description !== undefined && [', described in the dossier as “', data(description), '”'],
    missing.length > 0 && notRecorded(missing),
    '.',
    at,
    entity.url !== undefined && [' Available at ', linkOrCode(entity.url), '.'],
    entity.archiveUrl !== undefined && [' Archived at ', linkOrCode(entity.archiveUrl), '.'],
    retrieved !== undefined && ` Retrieved ${retrieved}.`,
  );
}

/** A link with its words, or the words and the refused url beside them as code. */
function linked(url: string, text: PhrasingContent[]): PhrasingContent[] {
  const link = linkOrCode(url, text);
  return link.type === 'link' ? [link] : phrase(text, ' ', link);
}

/**
 * The short citation used in place with the `inline` link style: the title (or description,
 * or kind) linked to the source, and the archived copy, when the source has them.
 */
function inlineCitation(context: BriefContext, id: string): PhrasingContent[] {
  const found = sourceOf(context, id);
  if (found === undefined) return phrase(data(id));
  const entity = found.entity;
  const label = entity.title ?? entity.description;
  const text = phrase(label === undefined ? sourceKindWords(context, id) : data(label));
  return phrase(
    entity.url === undefined ? text : linked(entity.url, text),
    entity.archiveUrl !== undefined && [', ', linked(entity.archiveUrl, phrase('archived copy'))],
  );
}

/**
 * Cites a source or report at this point: a GFM footnote reference (`[^1]`, numbered in order
 * of first citation; the footnote says where in the source, if a locator is given) with the
 * `footnote` link style, or the short citation in parentheses with the `inline` style.
 *
 * @param context - the build's context
 * @param id - the source or report id
 * @param locator - where in the source (`p. 12`), if known
 * @returns phrasing to put right after the words it supports
 * @throws never
 */
export function cite(context: BriefContext, id: string, locator?: string): PhrasingContent[] {
  if (context.options.linkStyle === 'inline') {
    const at: Piece = locator !== undefined && [', ', data(locator)];
    return phrase(' (', ...inlineCitation(context, id), at, ')');
  }
  const label = String(context.citations.number(id, locator));
  return [{ type: 'footnoteReference', identifier: label, label }];
}

/**
 * The footnote definitions of every source cited so far, in footnote order. Call once, after
 * the rest of the brief is built.
 *
 * @param context - the build's context
 * @returns the definitions (none with the `inline` link style)
 * @throws {@link BriefDataError} when a source's date is not a partial date
 */
export function footnoteDefinitions(context: BriefContext): FootnoteDefinition[] {
  return context.citations.cited().map(({ id, locator }, i) => {
    const label = String(i + 1);
    return {
      type: 'footnoteDefinition',
      identifier: label,
      label,
      children: [paragraph(citationText(context, id, locator))],
    };
  });
}
