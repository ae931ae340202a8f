import { FINDING_CODES, type Finding, type FindingCode, type Severity } from '../finding';

/**
 * Builds a finding with its code's severity unless told otherwise.
 *
 * @param code - the finding code
 * @param message - the message, naming the estimates in words
 * @param refs - ids of the dossier entities it is about
 * @param extra - a severity other than the code's, and the derived figure it is about
 * @returns a frozen finding
 */
export function makeFinding(
  code: FindingCode,
  message: string,
  refs: readonly string[],
  extra: { readonly severity?: Severity; readonly figureId?: string } = {},
): Finding {
  const finding: Finding = {
    code,
    severity: extra.severity ?? FINDING_CODES[code].severity,
    message,
    refs: Object.freeze([...refs]),
    ...(extra.figureId === undefined ? {} : { figureId: extra.figureId }),
  };
  return Object.freeze(finding);
}
