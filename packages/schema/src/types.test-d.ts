import type { Range } from '@reckon/range';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  type Actor,
  type ActorSchema,
  type Argument,
  type ArgumentSchema,
  type Base,
  type BaseSchema,
  type Claim,
  type ClaimSchema,
  type Confidence,
  type ConfidenceSchema,
  type CountryCode,
  type CountryCodeSchema,
  type Dossier,
  type DossierInput,
  type DossierSchema,
  type Estimate,
  type EstimateSchema,
  type Geography,
  type GeographySchema,
  type IndexedEntity,
  type IssueCode,
  likelihoodBand,
  type Metric,
  type MetricSchema,
  type OfficialResponse,
  type OfficialResponseSchema,
  type ParseResult,
  type PartialDateRelation,
  type Period,
  type PeriodSchema,
  type ProvenanceStep,
  type ProvenanceStepSchema,
  parseDossier,
  type Quote,
  type QuoteSchema,
  type Report,
  type ReportSchema,
  type Review,
  type ReviewSchema,
  type Role,
  type RoleSchema,
  type Source,
  type SourceSchema,
  safeParseDossier,
  type ValidationIssue,
} from './index';

describe('inferred types', () => {
  it('give a parsed dossier every collection, while a written one may leave them out', () => {
    expectTypeOf<Dossier['reports']>().toEqualTypeOf<Report[]>();
    expectTypeOf<Dossier['schemaVersion']>().toEqualTypeOf<'0.2'>();
    expectTypeOf<DossierInput>().toHaveProperty('reports');
    expectTypeOf<{ schemaVersion: '0.2' }>().toExtend<DossierInput>();
    expectTypeOf<{ schemaVersion: '0.2' }>().not.toExtend<Dossier>();
    expectTypeOf<z.infer<typeof DossierSchema>>().toEqualTypeOf<Dossier>();
  });

  it('type an estimate’s range as @reckon/range JSON: open bounds are null', () => {
    expectTypeOf<Estimate['range']['low']>().toEqualTypeOf<number | null>();
    expectTypeOf<Estimate['range']['unit']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Estimate['range']['meaning']>>().toEqualTypeOf<
      | { kind: 'bounds' }
      | { kind: 'interval'; level: number }
      | { kind: 'scenarios' }
      | { kind: 'plus-minus' }
    >();
  });

  it('narrow places and confidence by their discriminant', () => {
    const place = {} as Geography;
    if (place.kind === 'region')
      expectTypeOf(place.countries).toEqualTypeOf<CountryCode[] | undefined>();
    if (place.kind === 'country') expectTypeOf(place).not.toHaveProperty('name');
    const confidence = {} as Confidence;
    if (confidence.scale === 'icd-203') {
      expectTypeOf<'probable'>().toExtend<typeof confidence.term>();
      expectTypeOf<'high confidence'>().not.toExtend<typeof confidence.term>();
    }
  });

  it('fill defaults in output types: a quote’s form is always there once parsed', () => {
    expectTypeOf<Quote['form']>().toEqualTypeOf<'direct' | 'paraphrase'>();
    expectTypeOf<z.input<typeof DossierSchema>>().toEqualTypeOf<DossierInput>();
  });

  it('close the vocabularies', () => {
    expectTypeOf<OfficialResponse['stance']>().toEqualTypeOf<
      | 'denies'
      | 'dismisses'
      | 'disputes-methodology'
      | 'disputes-figures'
      | 'partially-accepts'
      | 'accepts'
      | 'no-comment'
      | 'declined-to-comment'
      | 'no-response'
    >();
    expectTypeOf<PartialDateRelation>().toEqualTypeOf<
      'before' | 'after' | 'same' | 'overlapping' | 'unknown'
    >();
  });
});

describe('functions', () => {
  it('parseDossier returns a Dossier; safeParseDossier a result to narrow', () => {
    expectTypeOf(parseDossier).returns.toEqualTypeOf<Dossier>();
    expectTypeOf(safeParseDossier).returns.toEqualTypeOf<ParseResult<Dossier>>();
    const result = safeParseDossier({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dossier>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue[]>();
    expectTypeOf<ValidationIssue['code']>().toEqualTypeOf<IssueCode>();
  });

  it('likelihoodBand accepts only the terms of the scale it is given', () => {
    expectTypeOf(likelihoodBand('icd-203', 'probable')).toEqualTypeOf<Range | undefined>();
    // @ts-expect-error: "high confidence" is IPCC's, not ICD 203's
    likelihoodBand('icd-203', 'high confidence');
  });

  it('IndexedEntity narrows the entity by kind', () => {
    const found = {} as IndexedEntity;
    if (found.kind === 'estimate') expectTypeOf(found.entity).toEqualTypeOf<Estimate>();
    if (found.kind === 'quote') expectTypeOf(found.entity.id).toEqualTypeOf<string>();
  });
});

describe('named types', () => {
  it('each named type equals the output of its schema, so the names cannot drift from zod', () => {
    expectTypeOf<z.output<typeof DossierSchema>>().toEqualTypeOf<Dossier>();
    expectTypeOf<z.output<typeof EstimateSchema>>().toEqualTypeOf<Estimate>();
    expectTypeOf<z.output<typeof ReportSchema>>().toEqualTypeOf<Report>();
    expectTypeOf<z.output<typeof OfficialResponseSchema>>().toEqualTypeOf<OfficialResponse>();
    expectTypeOf<z.output<typeof ActorSchema>>().toEqualTypeOf<Actor>();
    expectTypeOf<z.output<typeof RoleSchema>>().toEqualTypeOf<Role>();
    expectTypeOf<z.output<typeof SourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<z.output<typeof ClaimSchema>>().toEqualTypeOf<Claim>();
    expectTypeOf<z.output<typeof ReviewSchema>>().toEqualTypeOf<Review>();
    expectTypeOf<z.output<typeof BaseSchema>>().toEqualTypeOf<Base>();
    expectTypeOf<z.output<typeof ArgumentSchema>>().toEqualTypeOf<Argument>();
    expectTypeOf<z.output<typeof QuoteSchema>>().toEqualTypeOf<Quote>();
    expectTypeOf<z.output<typeof ProvenanceStepSchema>>().toEqualTypeOf<ProvenanceStep>();
    expectTypeOf<z.output<typeof MetricSchema>>().toEqualTypeOf<Metric>();
    expectTypeOf<z.output<typeof PeriodSchema>>().toEqualTypeOf<Period>();
    expectTypeOf<z.output<typeof GeographySchema>>().toEqualTypeOf<Geography>();
    expectTypeOf<z.output<typeof ConfidenceSchema>>().toEqualTypeOf<Confidence>();
    expectTypeOf<z.output<typeof CountryCodeSchema>>().toEqualTypeOf<CountryCode>();
  });
});
