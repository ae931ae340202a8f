import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context';
import { type BriefOptions, resolveOptions } from '../options';
import { serializeBrief } from '../render';
import { seedDossier } from '../testing/seed';
import { footnoteDefinitions } from './citations';
import { quoteToMdast } from './quote';

const dossier = seedDossier();
const quotes = dossier.responses[0]?.quotes ?? [];
const quote = (id: string) => {
  const found = quotes.find((q) => q.id === id);
  if (found === undefined) throw new Error(`no quote ${id}`);
  return found;
};

function brief(id: string, options?: BriefOptions, speaker?: string): string {
  const context = createContext(resolveOptions(options), dossier);
  const block = quoteToMdast(context, quote(id), 'quote', speaker);
  const root: Root = { type: 'root', children: [block, ...footnoteDefinitions(context)] };
  return serializeBrief(root);
}

describe('quoteToMdast', () => {
  it('gives a direct quote with speaker, date and footnote', () => {
    expect(brief('quote-not-a-superpower')).toBe(
      [
        '> The question is, is Cambodia a superpower or a technologically advanced country? The answer is no',
        '>',
        '> — Touch Sokhak, 20 May[^1]',
        '',
        '[^1]: A news article, described in the dossier as “News article on the report and the Cambodian government’s response to it”; its title, publisher, date and link are not recorded.',
        '',
      ].join('\n'),
    );
  });

  it('attributes a paraphrase as one, so it is never taken for the speaker’s words', () => {
    expect(brief('quote-methodology').split('\n')[2]).toBe('> — Paraphrase of Touch Sokhak[^1]');
  });

  it('cites in place with the inline link style', () => {
    expect(brief('quote-ridiculous', { linkStyle: 'inline' })).toBe(
      [
        '> ridiculous',
        '>',
        '> — Touch Sokhak (News article on the report and the Cambodian government’s response to it)',
        '',
      ].join('\n'),
    );
  });

  it('falls back to the speaker given, and says when there is none', () => {
    const context = createContext(resolveOptions(), dossier);
    const text = (speaker?: string) =>
      serializeBrief({
        type: 'root',
        children: [quoteToMdast(context, { text: 'Words', form: 'direct' }, 'q', speaker)],
      });
    expect(text('The report')).toBe('> Words\n>\n> — The report\n');
    expect(text()).toBe('> Words\n>\n> — Unattributed\n');
    expect(
      serializeBrief({
        type: 'root',
        children: [quoteToMdast(context, { text: 'Words', form: 'paraphrase', date: '2025' }, 'q')],
      }),
    ).toBe('> Words\n>\n> — Paraphrase, 2025\n');
  });

  it('names an unknown speaker by id rather than dropping the attribution', () => {
    const context = createContext(resolveOptions(), undefined);
    const root: Root = {
      type: 'root',
      children: [
        quoteToMdast(context, { text: 'Words', form: 'direct', speakerId: 'touch-sokhak' }, 'q'),
      ],
    };
    expect(serializeBrief(root)).toBe('> Words\n>\n> — touch-sokhak\n');
  });
});
