import { describe, expect, it } from 'vitest';
import { seedDossier } from '../testing/seed';
import { dossierToMdast } from './dossier';

const seed = seedDossier();

describe('dossierToMdast', () => {
  it('gives title, sections and footnotes as mdast (the TSDoc example)', () => {
    const tree = dossierToMdast(seed, { sections: ['estimates'] });
    expect(tree.children.map((node) => node.type)).toEqual([
      'heading',
      'heading',
      'table',
      'footnoteDefinition',
      'footnoteDefinition',
    ]);
  });

  it('titles the brief by the dossier, or its id when it has no title', () => {
    const { title: _, ...untitled } = seed;
    expect(dossierToMdast(untitled, { sections: [] }).children).toEqual([
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'cambodia-scam-economy' }] },
    ]);
  });

  it('returns a new tree each time: changing one does not change the next', () => {
    const first = dossierToMdast(seed, { sections: ['estimates'] });
    first.children.length = 0;
    expect(dossierToMdast(seed, { sections: ['estimates'] }).children).toHaveLength(5);
  });

  it('puts estimates from reports first, then free-standing ones, in one table', () => {
    const extra = {
      ...seed,
      estimates: [
        { id: 'loose', metric: 'A loose figure', range: { low: 1, high: 2, unit: 'people' } },
      ],
    };
    const tree = dossierToMdast(extra, { sections: ['estimates'] });
    const table = tree.children[2];
    expect(table?.type === 'table' && table.children.length).toBe(6);
  });
});
