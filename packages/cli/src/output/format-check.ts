import { type DerivedFigure, type Finding, formatFigure } from '@reckon/check';
import type { RangeStyle } from '../args/check-options';
import type { Paint } from '../text/colour';
import { oneLine } from '../text/terminal-text';

/** How figures are written: `formatRange` options. */
export interface FigureFormat {
  readonly locale?: string;
  readonly style?: RangeStyle;
}

/**
 * Lays out the derived figures for a terminal, every text from the dossier escaped for it: each label and range (written by
 * `formatFigure`, as the brief writes them: the inputs' significant figures and a guard digit,
 * rounded outward), then the computation in words, the estimates it used, and its notes,
 * indented beneath.
 *
 * @param figures - from `deriveFigures`
 * @param format - locale and range style
 * @param paint - styles for the stream written to
 * @returns the lines, each ending with a newline; empty when there are no figures
 * @throws {ReckonError} when a range cannot be formatted in the locale asked for
 * @example
 * ```ts
 * formatFigures(deriveFigures(dossier), {}, paint(false)).split('\n')[0];
 * // => 'What the numbers imply (derived)'
 * ```
 */
export function formatFigures(
  figures: readonly DerivedFigure[],
  format: FigureFormat,
  paint: Paint,
): string {
  if (figures.length === 0) return '';
  let text = `${paint.bold('What the numbers imply (derived)')}\n`;
  for (const figure of figures) {
    const shown = formatFigure(figure.range, {
      ...(format.locale ? { locale: format.locale } : {}),
      ...(format.style ? { style: format.style } : {}),
    });
    text += `  ${oneLine(figure.label)}: ${paint.bold(oneLine(shown))}\n`;
    text += `    ${paint.dim('computed as')} ${oneLine(figure.operation.words)}\n`;
    text += `    ${paint.dim('from')} ${oneLine(figure.inputs.join(', '))}\n`;
    for (const note of figure.notes) text += `    ${paint.dim('note:')} ${oneLine(note)}\n`;
  }
  return text;
}

/**
 * Lays out findings for a terminal, every text from the dossier escaped for it: severity, code and message, with the entities it is
 * about beneath.
 *
 * @param findings - from `checkDossier`
 * @param paint - styles for the stream written to
 * @returns the lines, each ending with a newline
 * @throws never
 * @example
 * ```ts
 * formatFindings([{ code: 'estimates-nest', severity: 'info', message: 'A lies inside B', refs: ['a', 'b'] }], paint(false));
 * // => 'Findings\n  info estimates-nest: A lies inside B\n    about a, b\n'
 * ```
 */
export function formatFindings(findings: readonly Finding[], paint: Paint): string {
  if (findings.length === 0) return '';
  const colour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  let text = `${paint.bold('Findings')}\n`;
  for (const finding of findings) {
    text += `  ${colour[finding.severity](finding.severity)} ${oneLine(finding.code)}: ${oneLine(finding.message)}\n`;
    if (finding.refs.length > 0) {
      text += `    ${paint.dim('about')} ${oneLine(finding.refs.join(', '))}\n`;
    }
  }
  return text;
}
