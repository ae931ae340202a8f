import type { Side } from '../derive/derivation';
import { notes } from '../messages/notes';
import { type ScopeRelation, scopeRelation } from './geography';
import { scopeWords } from './geography-words';
import { periodRelation, periodWords } from './period';

/** Two sides whose places both are stated and differ, with how the first relates to the second. */
export interface ScopeDifference {
  readonly a: Side;
  readonly b: Side;
  readonly relation: Exclude<ScopeRelation, 'same'>;
  /** "“…” covers Southeast Asia but “…” covers Cambodia, Myanmar and Laos". */
  readonly words: string;
}

/** Two sides whose periods both are stated and differ. */
export interface PeriodDifference {
  readonly a: Side;
  readonly b: Side;
  readonly words: string;
}

/**
 * The first pair of sides whose stated places differ. A side whose place is not stated is not
 * compared: nothing is known to differ.
 *
 * @param sides - the sides of a derivation
 * @returns the difference, or undefined when every stated place agrees
 */
export function scopeDifference(sides: readonly Side[]): ScopeDifference | undefined {
  for (const [i, a] of sides.entries()) {
    for (const b of sides.slice(i + 1)) {
      if (a.geography === undefined || b.geography === undefined) continue;
      const relation = scopeRelation(a.geography, b.geography);
      if (relation === 'same') continue;
      const words = `${a.name} covers ${scopeWords(a.geography)} but ${b.name} covers ${scopeWords(b.geography)}`;
      return { a, b, relation, words };
    }
  }
  return undefined;
}

/**
 * Notes for a derived figure whose sides differ in place or period.
 *
 * @param sides - the sides of a derivation
 * @returns "Mixes scopes: …" and "Mixes periods: …", as they apply
 */
export function differenceNotes(sides: readonly Side[]): string[] {
  const place = scopeDifference(sides);
  const period = periodDifference(sides);
  return [
    ...(place === undefined ? [] : [notes.differs(place.words)]),
    ...(period === undefined ? [] : [notes.differsInPeriod(period.words)]),
  ];
}

/**
 * The first pair of sides whose stated periods differ.
 *
 * @param sides - the sides of a derivation
 * @returns the difference, or undefined when every stated period agrees
 */
export function periodDifference(sides: readonly Side[]): PeriodDifference | undefined {
  for (const [i, a] of sides.entries()) {
    for (const b of sides.slice(i + 1)) {
      if (a.period === undefined || b.period === undefined) continue;
      if (periodRelation(a.period, b.period) === 'same') continue;
      const words = `${a.name} covers ${periodWords(a.period)} but ${b.name} covers ${periodWords(b.period)}`;
      return { a, b, words };
    }
  }
  return undefined;
}
