export { deriveFigures } from './derive/derive-figures';
export type { DerivedFigure, DerivedKind, Licence, Operand, Operation } from './derived-figure';
export { FINDING_CODES, type Finding, type FindingCode, type Severity } from './finding';
export { checkDossier } from './findings/check-dossier';
export { validateOnce } from './ledger/validate-once';
export type { CheckOptions } from './options';
export { type DerivedFigureJSON, derivedFigureToJSON } from './to-json';
export { EXACT_FIGURE_SIG_FIGS, formatFigure } from './words/format-figure';
