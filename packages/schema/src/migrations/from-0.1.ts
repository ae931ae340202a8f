/**
 * The step from schemaVersion 0.1 to 0.2. 0.2 relaxes requirements and adds fields, and
 * changes two shapes, which this step carries over without losing anything:
 * - an estimate's one `quote` becomes `quotes: [quote]`;
 * - a `provenance` chain (on estimates and claims) becomes a list of chains: `[chain]`.
 *
 * Values of the wrong shape are carried over as they are, for validation to report.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of `list` with `f` applied to each object in it; anything else is kept as it is. */
const mapObjects = (list: unknown, f: (item: Json) => Json): unknown =>
  Array.isArray(list) ? list.map((item) => (isObject(item) ? f(item) : item)) : list;

/** One chain becomes a list holding it; an empty chain becomes no chain at all. */
function provenance(item: Json): Json {
  if (!Object.hasOwn(item, 'provenance') || !Array.isArray(item.provenance)) return item;
  const { provenance: chain, ...rest } = item;
  return (chain as unknown[]).length === 0 ? rest : { ...rest, provenance: [chain] };
}

function estimate(item: Json): Json {
  const moved = provenance(item);
  if (!Object.hasOwn(moved, 'quote')) return moved;
  const { quote, ...rest } = moved;
  return { ...rest, quotes: [quote] };
}

/**
 * Upgrades a 0.1 document to 0.2.
 *
 * @param document - a 0.1 document (not yet validated)
 * @returns a new 0.2 document; the input is left untouched
 */
export function from01(document: Readonly<Json>): Json {
  const out: Json = { ...document, schemaVersion: '0.2' };
  if (Object.hasOwn(document, 'reports')) {
    out.reports = mapObjects(document.reports, (report) => {
      const next: Json = { ...report };
      if (Object.hasOwn(report, 'estimates'))
        next.estimates = mapObjects(report.estimates, estimate);
      if (Object.hasOwn(report, 'findings'))
        next.findings = mapObjects(report.findings, provenance);
      return next;
    });
  }
  if (Object.hasOwn(document, 'estimates'))
    out.estimates = mapObjects(document.estimates, estimate);
  if (Object.hasOwn(document, 'claims')) out.claims = mapObjects(document.claims, provenance);
  return out;
}
