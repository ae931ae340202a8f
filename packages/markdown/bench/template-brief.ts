/**
 * The baseline: the same brief as `renderDossier(dossier, { sections: ['estimates'] })` for the
 * generated dossier, written with template literals and string padding, with no syntax tree
 * and no escaping (the generated text needs none). It formats ranges and names countries with
 * the same functions the renderer uses, so what differs is exactly the cost of building an
 * mdast tree and serialising it safely: the practical limit for this output.
 */
import { formatRange, rangeFromJSON } from '@reckon/range';
import type { Dossier, Estimate } from '@reckon/schema';

const QUALIFIED: Readonly<Record<string, string>> = {
  approx: 'approximate',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'less than',
  vague: 'vague',
};

function cells(estimate: Estimate, country: (code: string) => string): string[] {
  const qualifier = estimate.range.qualifier;
  const qualified = [
    qualifier === undefined || qualifier === 'exact' ? undefined : QUALIFIED[qualifier],
    estimate.basis,
  ].filter((part) => part !== undefined);
  const where = (estimate.geography ?? [])
    .map((place) =>
      place.kind === 'country'
        ? country(place.code)
        : place.kind === 'region'
          ? place.name
          : place.code,
    )
    .join(', ');
  return [
    estimate.metric,
    formatRange(rangeFromJSON(estimate.range)),
    'not stated',
    where || 'not stated',
    qualified.length > 0 ? qualified.join('; ') : '—',
    'report[^1], via news article[^2]',
  ];
}

/**
 * Writes the generated dossier's estimates brief with template literals.
 *
 * @param dossier - the generated dossier (one report, cited through one titled, linked article)
 * @returns the Markdown text
 */
export function templateBrief(dossier: Dossier): string {
  const names = new Intl.DisplayNames('en', { type: 'region', style: 'short' });
  const known = new Map<string, string>();
  const country = (code: string) => {
    let name = known.get(code);
    if (name === undefined) {
      name = names.of(code) ?? code;
      known.set(code, name);
    }
    return name;
  };
  const rows = [
    ['What', 'Estimate', 'Period', 'Where', 'Qualified as', 'Source'],
    ...dossier.reports.flatMap((report) => report.estimates.map((e) => cells(e, country))),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  const table = [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join(
    '\n',
  );
  const report = dossier.reports[0];
  const article = dossier.sources[0];
  const author = dossier.actors[0]?.name;
  return `# ${dossier.title}

## Estimates

${table}

[^1]: _${report?.title}_. A report by ${author}; its publisher, date and link are not recorded.

[^2]: _${article?.title}_. A news article; its publisher and date are not recorded. Available at <${article?.url}>.
`;
}
