import { COUNTRY_CODES, type CountryCode } from '../common/country-codes';
import { M49_AREAS, M49_COUNTRY_AREA } from './m49-table';

/**
 * A UN M49 geographic area code known to Reckon: `001` (world), `142` (Asia), `035`… Written
 * out so that editors and the API reference show the codes; `m49-table.ts` must list exactly
 * these (its `satisfies` clause checks it).
 */
export type M49Code =
  | '001'
  | '002'
  | '005'
  | '009'
  | '011'
  | '013'
  | '014'
  | '015'
  | '017'
  | '018'
  | '019'
  | '021'
  | '029'
  | '030'
  | '034'
  | '035'
  | '039'
  | '053'
  | '054'
  | '057'
  | '061'
  | '142'
  | '143'
  | '145'
  | '150'
  | '151'
  | '154'
  | '155'
  | '202'
  | '419'
  | '830';

/** One UN M49 geographic area: its code, English name, and the area it lies in. */
export interface M49Area {
  readonly code: M49Code;
  readonly name: string;
  /** The area it lies in; absent for `001`, the world. */
  readonly parent?: M49Code;
}

const isM49Code = (code: string): code is M49Code => Object.hasOwn(M49_AREAS, code);

/**
 * Looks up a UN M49 geographic area by its three-digit code.
 *
 * @param code - a code such as `"035"`
 * @returns the area, or undefined when the code is not one of M49's geographic regions (a
 *   country's numeric code or a grouping such as "least developed countries" is not)
 * @throws never
 * @example
 * ```ts
 * import { m49Area } from '@reckon/schema';
 * m49Area('035'); // => { code: '035', name: 'South-eastern Asia', parent: '142' }
 * m49Area('116'); // => undefined
 * ```
 */
export function m49Area(code: string): M49Area | undefined {
  if (!isM49Code(code)) return undefined;
  const area: { readonly name: string; readonly parent?: M49Code } = M49_AREAS[code];
  return area.parent === undefined
    ? { code, name: area.name }
    : { code, name: area.name, parent: area.parent };
}

/** Whether `area` is `ancestor` or lies, through its parents, inside it. */
function liesIn(area: M49Code | undefined, ancestor: M49Code): boolean {
  let current: M49Code | undefined = area;
  while (current !== undefined) {
    if (current === ancestor) return true;
    current = m49Area(current)?.parent;
  }
  return false;
}

/**
 * The countries a UN M49 geographic area contains, from the built-in M49 table, so nobody lists
 * 250 codes for the world. The world (`001`) contains every country code Reckon knows,
 * including `AQ`, `TW` and `XK`, which M49 places in no smaller region.
 *
 * @param code - a three-digit M49 area code
 * @returns the member countries in code order, or undefined for a code that is not an M49
 *   geographic area
 * @throws never
 * @example
 * ```ts
 * import { m49Countries } from '@reckon/schema';
 * m49Countries('035')?.includes('KH'); // => true
 * m49Countries('001')?.length; // => 250
 * m49Countries('999'); // => undefined
 * ```
 */
export function m49Countries(code: string): readonly CountryCode[] | undefined {
  if (!isM49Code(code)) return undefined;
  return COUNTRY_CODES.filter((country) => liesIn(M49_COUNTRY_AREA[country], code));
}
