import type { DerivedFigure } from '../derived-figure';
import type { Ledger } from '../ledger/ledger';
import type { Derivation } from './derivation';
import { deriveKnownBases } from './known-base';
import { derivePartsOfWholes } from './part-of-whole';
import { derivePerUnit } from './per-unit';
import { deriveRelativeShares } from './relative-share';

/** Freezes a figure and everything in it (its range is frozen already). */
function freeze(figure: DerivedFigure): DerivedFigure {
  for (const operand of figure.operation.operands) {
    if (operand.rate !== undefined) Object.freeze(operand.rate);
    Object.freeze(operand);
  }
  Object.freeze(figure.operation.operands);
  Object.freeze(figure.operation);
  Object.freeze(figure.inputs);
  Object.freeze(figure.notes);
  return Object.freeze(figure);
}

/**
 * Every derivation of a dossier, in a fixed order: shares and their bases, shares from known
 * bases, parts of wholes, per-head figures. The figures are frozen.
 *
 * @param ledger - the dossier, read
 * @returns the derivations
 */
export function deriveAll(ledger: Ledger): Derivation[] {
  return [
    ...deriveRelativeShares(ledger),
    ...deriveKnownBases(ledger),
    ...derivePartsOfWholes(ledger),
    ...derivePerUnit(ledger),
  ].map((derivation) => ({ ...derivation, figure: freeze(derivation.figure) }));
}
