import { checkDossier, deriveFigures } from '@reckon/check';
import type { Dossier } from '@reckon/schema';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { type BriefOptions, SECTION_NAMES } from './options';
import { serializeBrief } from './render';
import { normaliseText } from './safe-text';
import { safeHref } from './safe-url';
import { textPaths, urlPaths, withValues } from './testing/fields';
import { fullDossierJson } from './testing/full-dossier';
import { allNodes, countTypes, parseBack, type Shape, shapeOf, textOf } from './testing/parse-back';
import { INJECTION_PAYLOADS, markdownText } from './testing/strings';
import { dossierTree } from './to-mdast/dossier';

/**
 * The brief's promise, tested by reading its output back with a GFM parser: whatever strings
 * the data holds, they come back as the same text in the same places, and the brief has no
 * link, image, HTML, heading, footnote or table cell the data did not ask for.
 *
 * Method: render the dossier once with a distinct marker word in every text field, and once
 * with arbitrary strings there. Parsed back, the two must have the same shape (every node type,
 * heading depth, table cell, link url and footnote label), and each run of text must be the
 * marker run with every marker replaced by its string, normalised as `normaliseText` documents.
 * The dossiers are passed straight to the renderer, unvalidated, as a careless caller might.
 */

const JSON_DOSSIER = fullDossierJson();
const TEXT_PATHS = textPaths(JSON_DOSSIER);
/** The urls a brief shows: of sources and reports (an actor's url is not shown). */
const URL_PATHS = urlPaths(JSON_DOSSIER).filter(
  (path) => path[0] === 'sources' || path[0] === 'reports',
);
const marker = (i: number) => `Mk${i}q`;

/**
 * The string for field `i`. Two citations of one source at the same place are one footnote,
 * so locators are kept distinct: otherwise equal strings would rightly merge footnotes and
 * change the brief's shape for a reason that has nothing to do with markup.
 */
const fieldValue = (i: number, s: string): string =>
  TEXT_PATHS[i]?.at(-1) === 'locator' ? `${s} ${i}` : s;
const MARKER = /Mk(\d+)q/g;

/** Text that a dossier accepts: not blank once normalised. */
const dataText = markdownText().filter((s) => normaliseText(s) !== '');
/**
 * Text a valid dossier can hold: the schema refuses control characters other than tab and
 * newline, so the tests that parse the dossier draw from this instead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the schema refuses
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const validText = markdownText()
  .map((s) => s.replace(CONTROL, ''))
  .filter((s) => normaliseText(s) !== '' && /\S/.test(s));

const WITHOUT_IMPLICATIONS = SECTION_NAMES.filter((s) => s !== 'implications');

/** Brief options that change where text lands, drawn for each run. */
const briefOptions: fc.Arbitrary<BriefOptions> = fc.record({
  linkStyle: fc.constantFrom('footnote', 'inline'),
  headingDepth: fc.integer({ min: 1, max: 4 }),
  rangeStyle: fc.constantFrom('long', 'short'),
  dateFormat: fc.constantFrom('long', 'locale', 'iso'),
});

function render(json: unknown, options: BriefOptions): Nodes {
  // The builders' defences are tested on data the schema never saw: its url rule would
  // otherwise turn away the hostile urls before they reach them.
  return parseBack(serializeBrief(dossierTree(json as Dossier, options)));
}

/** The marker brief's shape with every marker replaced by the normalised string it stands for. */
function expected(shape: Shape, strings: readonly string[]): Shape {
  if (shape.kind === 'text') {
    return {
      kind: 'text',
      text: shape.text.replace(MARKER, (_, i) =>
        normaliseText(fieldValue(Number(i), strings[Number(i)] as string)),
      ),
    };
  }
  return { ...shape, children: shape.children.map((child) => expected(child, strings)) };
}

/** A shape with its text left out, for comparing structure alone. */
function structure(shape: Shape): unknown {
  return shape.kind === 'text' ? 'text' : { ...shape, children: shape.children.map(structure) };
}

const markerJson = withValues(
  JSON_DOSSIER,
  TEXT_PATHS.map((path, i) => [path, marker(i)] as const),
);

/** The marker brief's shape for some options; rendered once per distinct options. */
const markerShapes = new Map<string, Shape>();
function markerShape(options: BriefOptions): Shape {
  const key = JSON.stringify(options);
  let shape = markerShapes.get(key);
  if (shape === undefined) {
    shape = shapeOf(render(markerJson, options));
    markerShapes.set(key, shape);
  }
  return shape;
}

/** Property runs render and parse a whole brief each: allow them time. */
const SLOW = 120_000;

describe('injection: data text never becomes markup', () => {
  it(
    'for arbitrary strings in every text field, parsing the brief back gives the same text in the same places and no markup the data did not ask for',
    () => {
      fc.assert(
        fc.property(
          fc.array(dataText, { minLength: TEXT_PATHS.length, maxLength: TEXT_PATHS.length }),
          briefOptions,
          (strings, options) => {
            const o = { ...options, sections: WITHOUT_IMPLICATIONS };
            const json = withValues(
              JSON_DOSSIER,
              TEXT_PATHS.map((path, i) => [path, fieldValue(i, strings[i] as string)] as const),
            );
            const tree = render(json, o);
            expect(shapeOf(tree)).toEqual(expected(markerShape(o), strings));
            const counts = countTypes(tree);
            expect(counts.html).toBeUndefined();
            expect(counts.image).toBeUndefined();
          },
        ),
        { numRuns: 100 },
      );
    },
    SLOW,
  );

  it(
    'places each known injection payload in every text field at once, and reads each back as text',
    () => {
      for (const payload of INJECTION_PAYLOADS) {
        const strings = TEXT_PATHS.map(() => payload);
        const json = withValues(
          JSON_DOSSIER,
          TEXT_PATHS.map((path, i) => [path, fieldValue(i, payload)] as const),
        );
        for (const linkStyle of ['footnote', 'inline'] as const) {
          const o = { linkStyle, sections: WITHOUT_IMPLICATIONS };
          const tree = render(json, o);
          expect(shapeOf(tree), payload).toEqual(expected(markerShape(o), strings));
        }
      }
    },
    SLOW,
  );

  it(
    'with the implications section, arbitrary text leaves the structure as it is, and each derived label and finding message reads back whole',
    () => {
      const reference = structure(shapeOf(render(markerJson, {})));
      fc.assert(
        fc.property(
          fc.array(validText, { minLength: TEXT_PATHS.length, maxLength: TEXT_PATHS.length }),
          (strings) => {
            const json = withValues(
              JSON_DOSSIER,
              TEXT_PATHS.map((path, i) => [path, fieldValue(i, strings[i] as string)] as const),
            );
            const tree = render(json, {});
            expect(structure(shapeOf(tree))).toEqual(reference);
            const text = allNodes(tree)
              .filter((node) => node.type === 'paragraph')
              .map((node) => textOf(node));
            for (const figure of deriveFigures(json as Dossier)) {
              expect(text.some((t) => t.startsWith(`${normaliseText(figure.label)}: `))).toBe(true);
            }
            for (const finding of checkDossier(json as Dossier)) {
              expect(text.some((t) => t.includes(normaliseText(finding.message)))).toBe(true);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
    SLOW,
  );
});

/** Urls as data may give them: arbitrary text, unsafe schemes, and a few safe addresses. */
const urlText = fc.oneof(
  dataText,
  fc.constantFrom(
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://example.org/report.pdf',
    'http://example.org/a b|c',
    'HTTPS://EXAMPLE.ORG/x?q=<script>',
    'mailto:desk@example.org',
    'https://example.org/)](javascript:alert(1))',
  ),
);

describe('injection: urls', () => {
  it(
    'links a url only when its scheme is http, https or mailto, to the parsed address; shows any other as inline code',
    () => {
      const clean = countTypes(render(JSON_DOSSIER, { sections: WITHOUT_IMPLICATIONS }));
      fc.assert(
        fc.property(
          fc.array(urlText, { minLength: URL_PATHS.length, maxLength: URL_PATHS.length }),
          fc.constantFrom('footnote', 'inline') as fc.Arbitrary<'footnote' | 'inline'>,
          (urls, linkStyle) => {
            const json = withValues(
              JSON_DOSSIER,
              URL_PATHS.map((path, i) => [path, urls[i] as string] as const),
            );
            const tree = render(json, { sections: WITHOUT_IMPLICATIONS, linkStyle });
            const nodes = allNodes(tree);
            const hrefs = new Set(urls.map(safeHref).filter((h) => h !== undefined));
            const links = nodes
              .filter((n) => n.type === 'link')
              .map((n) => (n.type === 'link' ? n.url : ''));
            for (const url of links) expect(hrefs.has(url)).toBe(true);
            const codes = new Set(
              nodes.map((n) => (n.type === 'inlineCode' ? n.value : undefined)),
            );
            for (const url of urls) {
              const href = safeHref(url);
              if (href === undefined) expect(codes.has(normaliseText(url) || ' ')).toBe(true);
            }
            const counts = countTypes(tree);
            expect(counts.html).toBeUndefined();
            expect(counts.image).toBeUndefined();
            expect(counts.heading).toBe(clean.heading);
            expect(counts.footnoteDefinition).toBe(
              linkStyle === 'footnote' ? clean.footnoteDefinition : undefined,
            );
          },
        ),
        { numRuns: 100 },
      );
    },
    SLOW,
  );
});
