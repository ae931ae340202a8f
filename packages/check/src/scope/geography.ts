import { type Geography, placeCountries } from '@reckon/schema';

/**
 * How one scope (a list of places) relates to another: the `same` places, `within` the other
 * (a part of it), `contains` the other, `overlaps` it without either holding the other,
 * `disjoint` from it, or `unknown` (a place is missing, or a region does not list its
 * countries, so its extent cannot be told).
 */
export type ScopeRelation = 'same' | 'within' | 'contains' | 'overlaps' | 'disjoint' | 'unknown';

/** A region's name compared without case or surrounding space: "Southeast Asia" = "southeast asia". */
const regionKey = (name: string): string => name.trim().toLowerCase();

/**
 * The countries a scope covers, or undefined when that cannot be told (a region without its
 * member countries). A subdivision is only a part of its country, so subdivisions are kept
 * apart: they overlap their country but do not cover it.
 */
interface Extent {
  readonly countries: ReadonlySet<string>;
  readonly subdivisions: ReadonlySet<string>;
}

function extentOf(scope: readonly Geography[]): Extent | undefined {
  const countries = new Set<string>();
  const subdivisions = new Set<string>();
  for (const place of scope) {
    if (place.kind === 'country') countries.add(place.code);
    else if (place.kind === 'subdivision') subdivisions.add(place.code);
    else {
      // A region's listed countries, or else the members of its UN M49 area.
      const members = placeCountries(place);
      if (members === undefined) return undefined;
      for (const code of members) countries.add(code);
    }
  }
  // A subdivision of a country already covered adds nothing.
  for (const code of subdivisions) if (countries.has(code.slice(0, 2))) subdivisions.delete(code);
  return { countries, subdivisions };
}

/** Every place of `a` lies in `b`. */
function covers(b: Extent, a: Extent): boolean {
  for (const code of a.countries) if (!b.countries.has(code)) return false;
  for (const code of a.subdivisions) {
    if (!(b.subdivisions.has(code) || b.countries.has(code.slice(0, 2)))) return false;
  }
  return true;
}

function shares(a: Extent, b: Extent): boolean {
  for (const code of a.countries) if (b.countries.has(code)) return true;
  for (const code of a.subdivisions) {
    if (b.subdivisions.has(code) || b.countries.has(code.slice(0, 2))) return true;
  }
  for (const code of b.subdivisions) if (a.countries.has(code.slice(0, 2))) return true;
  return false;
}

/** Two scopes name the very same places (regions by name), whatever their member lists. */
function sameNames(a: readonly Geography[], b: readonly Geography[]): boolean {
  const key = (place: Geography) =>
    place.kind === 'region' ? `region:${regionKey(place.name)}` : `${place.kind}:${place.code}`;
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}

/**
 * A scope as a key that two scopes share when they are the same places: its countries and
 * subdivisions, sorted, when its extent is known; else the names of its places (a region that
 * does not list its countries is known by its name); `none` when no place is stated. Used to
 * index estimates by place, so that estimates of one place are found without comparing pairs.
 *
 * @param scope - the places of an estimate, or undefined
 * @returns the key
 */
export function scopeKey(scope: readonly Geography[] | undefined): string {
  if (scope === undefined) return 'none';
  // The common case, one country, without building sets.
  const only = scope.length === 1 ? scope[0] : undefined;
  if (only?.kind === 'country') return `places:${only.code}|`;
  const extent = extentOf(scope);
  if (extent === undefined) {
    const names = scope.map((place) =>
      place.kind === 'region' ? `region:${regionKey(place.name)}` : `${place.kind}:${place.code}`,
    );
    return `names:${[...new Set(names)].sort().join(',')}`;
  }
  return `places:${[...extent.countries].sort().join(',')}|${[...extent.subdivisions].sort().join(',')}`;
}

/**
 * Whether two scopes are the same places, counting two unstated scopes as the same (a dossier
 * that never says where means one place throughout).
 *
 * @param a - the places of one estimate, or undefined
 * @param b - the places of another
 * @returns true for the same places
 */
export function samePlace(
  a: readonly Geography[] | undefined,
  b: readonly Geography[] | undefined,
): boolean {
  return (a === undefined && b === undefined) || scopeRelation(a, b) === 'same';
}

/**
 * How scope `a` relates to scope `b`. A region's extent is its listed countries, or the members
 * of its UN M49 area; a region with neither is only `same` as a region of the same name.
 *
 * @param a - the places of one estimate, or undefined when not stated
 * @param b - the places of another
 * @returns the relation of `a` to `b` (`within` means `a` is a part of `b`)
 */
export function scopeRelation(
  a: readonly Geography[] | undefined,
  b: readonly Geography[] | undefined,
): ScopeRelation {
  if (a === undefined || b === undefined) return 'unknown';
  if (sameNames(a, b)) return 'same';
  const x = extentOf(a);
  const y = extentOf(b);
  if (x === undefined || y === undefined) return 'unknown';
  const aInB = covers(y, x);
  const bInA = covers(x, y);
  if (aInB && bInA) return 'same';
  if (aInB) return 'within';
  if (bInA) return 'contains';
  return shares(x, y) ? 'overlaps' : 'disjoint';
}
