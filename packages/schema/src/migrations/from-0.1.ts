/**
 * The step from schemaVersion 0.1 to 0.2. Every 0.1 document is a 0.2 document in all but its
 * version: 0.2 only adds fields and relaxes requirements, so the step carries every value over
 * unchanged and writes the new version.
 *
 * @param document - a 0.1 document (not yet validated)
 * @returns a new 0.2 document; the input is left untouched
 */
export function from01(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { ...document, schemaVersion: '0.2' };
}
