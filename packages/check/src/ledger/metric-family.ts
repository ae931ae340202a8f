/**
 * The family of a metric key: its first word (`scam` for `scam-revenue` and
 * `scam-labour-force`). Money and a count of one family are about one subject, so an amount per
 * head of them means something; money raised by a politician (`relief-pledges`) and a death
 * toll (`deaths`) are not, and their quotient is not derived.
 *
 * @param metricKey - a metric key, or undefined
 * @returns the family, or undefined for an estimate without a key (nothing says what it is of)
 */
export function metricFamily(metricKey: string | undefined): string | undefined {
  if (metricKey === undefined) return undefined;
  return metricKey.split('-')[0];
}
