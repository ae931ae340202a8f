import { COUNTRY_CODES } from '@reckon/schema';

/**
 * A dossier holding one metric as a series: `countries` countries × `years` years, one estimate
 * each, as a statistics office publishes a table (people in forced labour by country and year).
 * Ranges vary, some are open above, and each country-year is its own metric, place and period.
 *
 * @param countries - how many countries (at most the number of ISO 3166 codes)
 * @param years - how many years, counting back from 2025
 * @returns a 0.2 dossier, as read from JSON (not validated)
 */
export function generateSeries(countries: number, years: number): unknown {
  const estimates = [];
  for (let c = 0; c < countries; c++) {
    const code = COUNTRY_CODES[c];
    for (let y = 0; y < years; y++) {
      const year = String(2025 - y);
      const low = 1000 + ((c * 37 + y * 11) % 5000);
      estimates.push({
        id: `e-${c}-${y}`,
        metric: 'People in forced labour',
        metricKey: 'forced-labour',
        range:
          y % 3 === 0
            ? { low, high: null, lowInclusive: false, unit: 'people', qualifier: 'more-than' }
            : { low, high: low * 2, unit: 'people' },
        geography: [{ kind: 'country', code }],
        period: { start: year, end: year },
      });
    }
  }
  return { schemaVersion: '0.2', estimates };
}
