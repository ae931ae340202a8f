import { InvalidRangeError } from '../errors';
import { meaningExtraField } from '../messages';
import type { Meaning } from '../range';
import { refuse } from './check';

/** Shared frozen meanings, so the common case allocates nothing and compares by `===`. */
export const BOUNDS: Meaning = Object.freeze({ kind: 'bounds' });
export const SCENARIOS: Meaning = Object.freeze({ kind: 'scenarios' });
export const PLUS_MINUS: Meaning = Object.freeze({ kind: 'plus-minus' });

/** An interval meaning; `level` must already be checked. */
export const intervalMeaning = (level: number): Meaning =>
  Object.freeze({ kind: 'interval', level });

const KINDS = "'bounds', 'scenarios', 'plus-minus' or 'interval' (with a level)";

/**
 * Checks a meaning given by a caller and returns its frozen canonical form.
 *
 * @param value - what the caller passed as `meaning`
 * @returns the canonical meaning
 * @throws {InvalidRangeError} naming `meaning`, `meaning.kind` or `meaning.level`
 */
export function checkMeaning(value: unknown): Meaning {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    refuse('meaning', `an object { kind } with kind ${KINDS}`, value);
  }
  const { kind, level } = value as { kind?: unknown; level?: unknown };
  for (const key of Object.keys(value)) {
    if (key !== 'kind' && !(key === 'level' && kind === 'interval')) {
      throw new InvalidRangeError(meaningExtraField(key), `meaning.${key}`);
    }
  }
  if (kind !== 'interval') {
    return (
      [BOUNDS, SCENARIOS, PLUS_MINUS].find((m) => m.kind === kind) ??
      refuse('meaning.kind', KINDS, kind)
    );
  }
  if (!(typeof level === 'number' && level > 0 && level < 1)) {
    refuse('meaning.level', 'a number between 0 and 1, exclusive (0.9 for a 90% interval)', level);
  }
  return intervalMeaning(level);
}

/** Whether two meanings say the same thing. */
export const sameMeaning = (a: Meaning, b: Meaning): boolean =>
  a === b ||
  (a.kind === b.kind && (a.kind !== 'interval' || (b.kind === 'interval' && a.level === b.level)));
