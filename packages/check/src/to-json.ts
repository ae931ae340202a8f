import { type RangeJSON, rangeToJSON } from '@reckon/range';
import type { DerivedFigure } from './derived-figure';

/** A derived figure as plain JSON: its range in @reckon/range JSON form, open bounds `null`. */
export type DerivedFigureJSON = Omit<DerivedFigure, 'range'> & { readonly range: RangeJSON };

/**
 * A derived figure as plain data, safe to `JSON.stringify` (a `Range` holds an interned unit
 * object; this writes it as text, the form `rangeFromJSON` reads back). Findings are plain data
 * already.
 *
 * @param figure - a figure from `deriveFigures`
 * @returns a new plain object
 * @throws {InvalidRangeError} when `figure.range` is not a Range
 * @example
 * ```ts
 * import { deriveFigures, derivedFigureToJSON } from '@reckon/check';
 * import { parseDossier } from '@reckon/schema';
 * const dossier = parseDossier({
 *   schemaVersion: '0.2',
 *   estimates: [
 *     { id: 'revenue', metric: 'scam revenue', metricKey: 'scam-revenue',
 *       range: { low: 50e9, high: 75e9, unit: 'USD/year' } },
 *     { id: 'workers', metric: 'scam labour force', metricKey: 'scam-labour-force',
 *       range: { low: 350000, high: null, lowInclusive: false, unit: 'people', qualifier: 'more-than' } },
 *   ],
 * });
 * const [perWorker] = deriveFigures(dossier).map(derivedFigureToJSON);
 * perWorker?.range.unit; // => 'USD/person/year'
 * [perWorker?.range.low, perWorker?.range.lowInclusive]; // => [0, false]
 * JSON.parse(JSON.stringify(perWorker)).inputs; // => ['revenue', 'workers']
 * ```
 */
export function derivedFigureToJSON(figure: DerivedFigure): DerivedFigureJSON {
  return { ...figure, range: rangeToJSON(figure.range) };
}
