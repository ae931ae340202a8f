// Entities: schemas and the types inferred from them.

// The named types of the schemas, so declaration files and editors show them by name.
export type { ActorSchemaType, RoleSchemaType } from './actor';
export { ACTOR_KINDS, type Actor, ActorSchema, type Role, RoleSchema } from './actor';
export type { ClaimSchemaType, ReviewSchemaType } from './claim';
export { CLAIM_KINDS, type Claim, ClaimSchema, type Review, ReviewSchema } from './claim';
export type { ConfidenceSchemaType } from './common/confidence';
export { type Confidence, ConfidenceSchema } from './common/confidence';
export type { CountryCodeSchemaType } from './common/country';
export { CountryCodeSchema } from './common/country';
export { COUNTRY_CODES, type CountryCode } from './common/country-codes';
export type { GeographySchemaType } from './common/geography';
export { type Geography, GeographySchema } from './common/geography';
export { IdSchema, MetricKeySchema } from './common/id';
export { LanguageTagSchema, ScriptCodeSchema } from './common/language';
export { likelihoodBand } from './common/likelihood-band';
export {
  LIKELIHOOD_SCALES,
  type LikelihoodScale,
  type LikelihoodTerm,
} from './common/likelihood-scales';
export type { ProvenanceStepSchemaType } from './common/provenance';
export {
  type Provenance,
  ProvenanceSchema,
  type ProvenanceStep,
  ProvenanceStepSchema,
} from './common/provenance';
export type { QuoteSchemaType } from './common/quote';
export { type Quote, QuoteSchema } from './common/quote';
export type { RangeJSONSchemaType, RangeMeaningSchemaType } from './common/range-json';
export { RangeJSONSchema, RangeMeaningSchema } from './common/range-json';
export { UrlSchema } from './common/url';
export type { DossierSchemaType } from './dossier';
export { type Dossier, type DossierInput, DossierSchema } from './dossier';
export {
  DossierValidationError,
  type EntityName,
  InvalidDateError,
  UnsupportedSchemaVersionError,
  ValidationError,
} from './errors';
export type { BaseSchemaType, EstimateSchemaType } from './estimate';
export { type Base, BaseSchema, type Estimate, EstimateSchema } from './estimate';
export { formatPath } from './issues/format-path';
export type { IssueCode, ParseResult, PathSegment, ValidationIssue } from './issues/types';
export { toClaimReview } from './json-ld/to-claim-review';
export type { JsonLdDocument, JsonLdNode, JsonLdValue } from './json-ld/types';
// JSON Schema and JSON-LD.
export {
  generateJsonSchema,
  JSON_SCHEMA_NAMES,
  type JsonSchemaDocument,
  type JsonSchemaName,
  jsonSchemaId,
} from './json-schema';
export type { MetricSchemaType } from './metric';
export { type Metric, MetricSchema } from './metric';
export { migrate } from './migrate';
export type { ArgumentSchemaType, OfficialResponseSchemaType } from './official-response';
export {
  ARGUMENT_KINDS,
  type Argument,
  ArgumentSchema,
  CHANNELS,
  type OfficialResponse,
  OfficialResponseSchema,
  STANCES,
} from './official-response';
// Validation.
export { parseActor, safeParseActor } from './parse/actor';
export { parseClaim, safeParseClaim } from './parse/claim';
export { parseEstimate, safeParseEstimate } from './parse/estimate';
export { parseOfficialResponse, safeParseOfficialResponse } from './parse/official-response';
export { parseDossier, safeParseDossier } from './parse/parse-dossier';
export { parseQuote, safeParseQuote } from './parse/quote';
export { parseReport, safeParseReport } from './parse/report';
export { parseSource, safeParseSource } from './parse/source';
// Dates.
export { comparePartialDates } from './partial-date/compare';
export { parsePartialDate } from './partial-date/parse';
export type { PeriodSchemaType } from './partial-date/period';
export { type Period, PeriodSchema } from './partial-date/period';
export { type PartialDate, PartialDateSchema } from './partial-date/schema';
export { comparePartialDatesForSort } from './partial-date/sort';
export type {
  PartialDateParts,
  PartialDatePrecision,
  PartialDateRelation,
} from './partial-date/types';
// Places.
export { type M49Area, type M49Code, m49Area, m49Countries } from './places/m49';
export { placeCountries } from './places/region-countries';
// Walking a dossier.
export type { EntityKind } from './references/entity-kind';
export {
  type DossierIndex,
  type DuplicateId,
  type IndexedEntity,
  indexDossier,
} from './references/index-dossier';
export { type SchemaMeta, schemaRegistry } from './registry';
export type { ReportSchemaType } from './report';
export { type Report, ReportSchema } from './report';
export { isOfficialResponse } from './responses/is-official';
export type { SourceSchemaType } from './source';
export { SOURCE_KINDS, type Source, SourceSchema } from './source';
export { SCHEMA_VERSION } from './version';
