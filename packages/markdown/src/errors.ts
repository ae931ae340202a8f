import { ReckonError } from '@reckon/range';

/**
 * Options given to a brief renderer are wrong: an unknown option or section, a heading depth
 * out of range, a chart path that is not a relative path or an http(s) URL. `option` names the
 * option (`sections[2]`, `chart.path`).
 *
 * @param message - what was wrong, from `messages.ts`
 * @param option - the option at fault
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { renderReport } from '@reckon/markdown';
 * import { parseReport } from '@reckon/schema';
 * renderReport(parseReport({ id: 'report', title: 'Policies and Patterns' }), { headingDepth: 7 }); // throws BriefOptionsError
 * ```
 */
export class BriefOptionsError extends ReckonError {
  declare readonly code: 'BRIEF_OPTIONS';
  readonly option: string;

  constructor(message: string, option: string) {
    super('BRIEF_OPTIONS', message);
    this.name = 'BriefOptionsError';
    this.option = option;
  }
}

/**
 * A value in a dossier cannot be written into a brief: a date that is not a partial date.
 * (Text is never refused: any string is written as text.) `path` says where the value is, as
 * `responses[0].date`.
 *
 * @param message - what was wrong, from `messages.ts`
 * @param path - where the value is in the dossier
 * @returns a new error (use with `new`)
 * @throws never
 * @example
 * ```ts
 * import { renderResponse } from '@reckon/markdown';
 * import { parseOfficialResponse } from '@reckon/schema';
 * const response = parseOfficialResponse({ id: 'r', respondentId: 'ministry', stance: 'denies', targets: { reportIds: ['report'] } });
 * renderResponse({ ...response, date: '20 May' }); // throws BriefDataError
 * ```
 */
export class BriefDataError extends ReckonError {
  declare readonly code: 'BRIEF_DATA';
  readonly path: string;

  constructor(message: string, path: string) {
    super('BRIEF_DATA', message);
    this.name = 'BriefDataError';
    this.path = path;
  }
}
