import { singularNoun } from '../unit/nouns';
import type { Unit } from '../unit/types';

/** The time units a period can name. */
export type PeriodName = 'year' | 'month' | 'week' | 'day' | 'hour';

/** A unit as prose writes it: a currency, a ratio sign, a noun, and a period. */
export interface UnitWords {
  /** ISO 4217 code. */
  readonly currency?: string;
  readonly ratio?: '%' | 'pp' | 'permille' | 'bp';
  /** A counted noun or a time unit counted ("3–5 years"). */
  readonly noun?: { readonly plural: string; readonly singular: string };
  /** A count noun the amount is per, in the singular: `person` in `$220,000 per person`. */
  readonly per?: string;
  readonly period?: PeriodName;
}

const PERIODS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour']);
const RATIOS: ReadonlySet<string> = new Set(['%', 'pp', 'permille', 'bp']);

/**
 * How prose writes a unit, or undefined when it has no plain wording: one thing, per one
 * counted noun and one period at most (`USD/year`, `people`, `%`, `hour/week`,
 * `USD/person/year`), with no price year. Others (`USD*people`, `USD@2023`) are written by
 * their unit text instead.
 *
 * @param u - the unit
 * @returns its words, or undefined
 */
export function unitWords(u: Unit): UnitWords | undefined {
  let top: UnitWords = {};
  let period: PeriodName | undefined;
  let per: string | undefined;
  let tops = 0;
  for (const atom of u.atoms) {
    if (
      atom.power === -1 &&
      atom.kind === 'time' &&
      period === undefined &&
      PERIODS.has(atom.name)
    ) {
      period = atom.name as PeriodName;
      continue;
    }
    if (atom.power === -1 && atom.kind === 'count' && per === undefined) {
      per = singularNoun(atom.name);
      continue;
    }
    if (atom.power !== 1 || ++tops > 1) return undefined;
    if (atom.kind === 'currency') {
      if (atom.priceYear !== undefined) return undefined;
      top = { currency: atom.name };
    } else if (atom.kind === 'dimensionless') {
      if (!RATIOS.has(atom.name)) return undefined;
      top = { ratio: atom.name as UnitWords['ratio'] & string };
    } else if (atom.kind === 'count') {
      top = { noun: { plural: atom.name, singular: singularNoun(atom.name) } };
    } else {
      top = { noun: { plural: `${atom.name}s`, singular: atom.name } };
    }
  }
  return {
    ...top,
    ...(per !== undefined && { per }),
    ...(period !== undefined && { period }),
  };
}
