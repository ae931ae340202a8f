export type { EntityOptions } from './entity-options';
export { BriefDataError, BriefOptionsError } from './errors';
export {
  type BriefOptions,
  type ChartImage,
  DATE_FORMATS,
  LINK_STYLES,
  RANGE_STYLES,
  type ResolvedOptions,
  resolveOptions,
  SECTION_NAMES,
  type SectionName,
} from './options';
export {
  renderDossier,
  renderEstimates,
  renderReport,
  renderResponse,
  serializeBrief,
} from './render';
export { normaliseText, safeText } from './safe-text';
export { linkOrCode, safeHref } from './safe-url';
export { dossierToMdast } from './to-mdast/dossier';
export { estimatesToMdast } from './to-mdast/estimates';
export { reportToMdast } from './to-mdast/report';
export { responseToMdast } from './to-mdast/response';
