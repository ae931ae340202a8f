import { readFileSync } from 'node:fs';
import { ReckonError } from '@reckon/range';
import { DossierValidationError, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from './options';
import { renderDossier, serializeBrief } from './render';
import { allNodes, countTypes, parseBack } from './testing/parse-back';
import { seedDossier, seedJson } from './testing/seed';

const GOLDEN_PATH = '../test-fixtures/seed-brief.golden.md';

/** The same JSON with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line));

describe('renderDossier', () => {
  it('renders the seed case as the golden brief, byte for byte', async () => {
    // After a deliberate change of wording, `npx vitest run -u` rewrites the golden file; read
    // the diff as an editor would before committing it.
    await expect(renderDossier(seedDossier())).toMatchFileSnapshot(GOLDEN_PATH);
  });

  it('is deterministic: the same dossier gives the same bytes, whatever the key order or copy', () => {
    const first = renderDossier(seedDossier());
    expect(renderDossier(seedDossier())).toBe(first);
    expect(renderDossier(parseDossier(reversedKeys(seedJson())))).toBe(first);
    expect(renderDossier(structuredClone(seedDossier()))).toBe(first);
  });

  it('shifts every heading by headingDepth (the TSDoc example)', () => {
    const brief = renderDossier(seedDossier(), { headingDepth: 2 });
    expect(brief.startsWith('## ')).toBe(true);
    const shifted = headings(renderDossier(seedDossier())).map((h) => `#${h}`);
    expect(headings(brief)).toEqual(shifted);
    expect(
      headings(renderDossier(seedDossier(), { headingDepth: 4 })).every((h) =>
        h.startsWith('####'),
      ),
    ).toBe(true);
  });

  it('writes the sections asked for, in the order asked', () => {
    const brief = renderDossier(seedDossier(), { sections: ['responses', 'estimates'] });
    expect(headings(brief)).toEqual([
      '# Cambodia’s scam economy: a report and the government’s response',
      '## Official response: Ministry of Interior',
      '### What it answers',
      '### Arguments',
      '### Other quotes',
      '## Estimates',
    ]);
    expect(renderDossier(seedDossier(), { sections: [] })).toBe(
      '# Cambodia’s scam economy: a report and the government’s response\n',
    );
  });

  it('leaves out only the checks when sections are SECTION_NAMES without implications (the TSDoc example)', () => {
    const brief = renderDossier(seedDossier(), {
      sections: SECTION_NAMES.filter((name) => name !== 'implications'),
    });
    expect(headings(brief)).toEqual(
      headings(readFileSync(new URL(GOLDEN_PATH, import.meta.url), 'utf8')).filter(
        (h) => !/What the numbers imply|Checks/.test(h),
      ),
    );
  });

  it('embeds a chart only when a path is given, where the chart section stands', () => {
    expect(countTypes(parseBack(renderDossier(seedDossier()))).image).toBeUndefined();
    const brief = renderDossier(seedDossier(), {
      sections: ['estimates', 'chart'],
      chart: { path: 'charts/seed.svg', alt: 'Scam revenue estimates [chart]' },
    });
    const images = allNodes(parseBack(brief)).filter((node) => node.type === 'image');
    expect(images).toEqual([
      expect.objectContaining({ url: 'charts/seed.svg', alt: 'Scam revenue estimates [chart]' }),
    ]);
    expect(brief.trimEnd().split('\n').at(-5)).toBe(
      '![Scam revenue estimates \\[chart\\]](charts/seed.svg)',
    );
  });

  it('cites in place, with no footnotes, with the inline link style', () => {
    const brief = renderDossier(seedDossier(), { linkStyle: 'inline' });
    expect(brief).not.toContain('[^');
    expect(countTypes(parseBack(brief)).footnoteDefinition).toBeUndefined();
    expect(brief).toContain(
      '- **Reported by:** news article (News article on the report and the Cambodian government’s response to it)',
    );
  });

  it('writes dates and numbers as asked', () => {
    const brief = renderDossier(seedDossier(), { dateFormat: 'iso', rangeStyle: 'short' });
    expect(brief).toContain('- **When:** --05-20 (year not recorded)');
    expect(brief).toContain('| $12.5B–$19B/yr ');
    // 12.5e9 / 60% = 20.83 billion, at the two figures of its inputs, rounded down.
    expect(brief).toContain('**≥$20.8B/yr** _(derived)_');
    expect(renderDossier(seedDossier(), { locale: 'fr', sections: ['estimates'] })).toContain(
      '| Cambodge ',
    );
  });

  it('refuses an invalid dossier with a ReckonError that names the path, whatever the sections', () => {
    const invalid = {
      ...seedDossier(),
      responses: [{ ...seedDossier().responses[0], respondentId: 'nobody' }],
    };
    const attempt = () => renderDossier(invalid as never);
    expect(attempt).toThrowError(DossierValidationError);
    expect(attempt).toThrowError(ReckonError);
    expect(attempt).toThrowError(/responses\[0\]\.respondentId/);
    expect(() => renderDossier(invalid as never, { sections: ['responses'] })).toThrowError(
      DossierValidationError,
    );
  });

  it('renders a dossier read straight from JSON, whose defaults zod has not filled in', () => {
    const json = JSON.parse(JSON.stringify({ schemaVersion: '0.2', title: 'Only a title' }));
    expect(renderDossier(json)).toContain('# Only a title');
  });
});

describe('serializeBrief', () => {
  it('escapes text that looks like markup (the TSDoc example)', () => {
    expect(
      serializeBrief({
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: '[x](y)' }] }],
      }),
    ).toBe('\\[x]\\(y)\n');
  });

  it('writes the house style: - bullets, _emphasis_, **strong**', () => {
    expect(
      serializeBrief({
        type: 'root',
        children: [
          {
            type: 'list',
            spread: false,
            children: [
              {
                type: 'listItem',
                spread: false,
                children: [
                  {
                    type: 'paragraph',
                    children: [
                      { type: 'emphasis', children: [{ type: 'text', value: 'e' }] },
                      { type: 'text', value: ' ' },
                      { type: 'strong', children: [{ type: 'text', value: 's' }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      }),
    ).toBe('- _e_ **s**\n');
  });
});
