import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context';
import { BriefDataError } from '../errors';
import { type BriefOptions, resolveOptions } from '../options';
import { serializeBrief } from '../render';
import { fullDossier } from '../testing/full-dossier';
import { seedDossier } from '../testing/seed';
import { cite, footnoteDefinitions, joinNames } from './citations';
import { paragraph } from './nodes';

/** Cites each id in turn in one paragraph, then writes the footnotes. */
function citing(
  ids: readonly (readonly [string, string?])[],
  options?: BriefOptions,
  dossier = fullDossier(),
) {
  const context = createContext(resolveOptions(options), dossier);
  const children = ids.flatMap(([id, locator], i) => [
    { type: 'text' as const, value: i === 0 ? 'x' : ' x' },
    ...cite(context, id, locator),
  ]);
  const root: Root = {
    type: 'root',
    children: [paragraph(children), ...footnoteDefinitions(context)],
  };
  return serializeBrief(root);
}

describe('cite and footnoteDefinitions', () => {
  it('numbers footnotes in order of first citation and reuses a number for the same citation', () => {
    expect(
      citing([['news-article'], ['policies-and-patterns'], ['news-article']]).split('\n')[0],
    ).toBe('x[^1] x[^2] x[^1]');
  });

  it('gives each place cited in a source its own footnote', () => {
    const text = citing([
      ['titled-source', 'p. 4'],
      ['titled-source', 'p. 12'],
      ['titled-source', 'p. 4'],
    ]);
    expect(text.split('\n')[0]).toBe('x[^1] x[^2] x[^1]');
    expect(text).toContain('Cited at p. 4.');
    expect(text).toContain('Cited at p. 12.');
  });

  it('writes a full citation, with link, archive and date retrieved', () => {
    expect(citing([['titled-source']]).split('\n')[2]).toBe(
      '[^1]: _A Titled Source_. A journal article by Jacob Sims and Touch Sokhak, published by Publisher Name, November 2024. Available at <https://journal.example/article>. Archived at <https://archive.example/article>. Retrieved 3 June 2025.',
    );
  });

  it('says what the dossier does not record (the seed report and article)', () => {
    const text = citing([['policies-and-patterns'], ['news-article']], undefined, seedDossier());
    expect(text.split('\n').slice(2)).toEqual([
      '[^1]: _Policies and Patterns: State-Abetted Transnational Crime in Cambodia as a Global Security Threat_. A report by Jacob Sims; its publisher, date and link are not recorded.',
      '',
      '[^2]: A news article, described in the dossier as “News article on the report and the Cambodian government’s response to it”; its title, publisher, date and link are not recorded.',
      '',
    ]);
  });

  it('cites an unknown id as such', () => {
    expect(citing([['nowhere']]).split('\n')[2]).toBe(
      '[^1]: nowhere: not described in the dossier.',
    );
  });

  it('cites in parentheses with the inline style, linking the title and archive, and writes no footnotes', () => {
    expect(citing([['titled-source', 'p. 4']], { linkStyle: 'inline' })).toBe(
      'x ([A Titled Source](https://journal.example/article), [archived copy](https://archive.example/article), p. 4)\n',
    );
  });
});

describe('citation errors', () => {
  it("refuses a source's date that is not a partial date, naming where it is", () => {
    const dossier = fullDossier();
    const broken = {
      ...dossier,
      sources: dossier.sources.map((s) => ({ ...s, published: 'soon' })),
    };
    expect(() => citing([['titled-source']], undefined, broken)).toThrowError(
      new BriefDataError(
        'cannot write the date "soon" at sources[1].published: a date is written YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD (a day of unknown year)',
        'sources[1].published',
      ),
    );
  });
});

describe('joinNames', () => {
  it('joins the English way', () => {
    expect(joinNames([])).toEqual([]);
    expect(joinNames(['A'])).toEqual(['A']);
    expect(joinNames(['A', 'B'])).toEqual(['A', ' and ', 'B']);
    expect(joinNames(['A', 'B', 'C']).join('')).toBe('A, B and C');
  });
});
