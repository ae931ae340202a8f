import { ReckonError } from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { minimalText, seedText } from '../../test-fixtures/load';
import {
  DossierValidationError,
  formatPath,
  parseDossier,
  parseEstimate,
  safeParseDossier,
  ValidationError,
} from '../index';
import { suggestKey } from './suggest-key';

const minimal = () => JSON.parse(minimalText());

describe('DossierValidationError', () => {
  it('lists every issue with its path and code (within an object, nested issues first, as zod finds them)', () => {
    const document = minimal();
    document.reports[0].estimates[0].range = { low: 20e9, high: 19e9, unit: 'USD/year' };
    document.reports[0].titel = 'A report';
    document.responses[0].targets = { claimIds: ['revenue'] };
    expect(() => parseDossier(document)).toThrowErrorMatchingInlineSnapshot(`
      [DossierValidationError: invalid dossier (3 issues):
        - reports[0].estimates[0].range: low (20000000000) is above high (19000000000): a range's low bound must not exceed its high bound [invalid_range]
        - reports[0]: unknown key "titel" (did you mean "title"?): remove it or fix its spelling [unrecognized_keys]
        - responses[0].targets.claimIds[0]: "revenue" names an estimate, but this field needs a claim [wrong_reference_kind]]
    `);
  });

  it('names the top level when the document itself is wrong', () => {
    expect(() => parseDossier('{"schemaVersion": "0.2"}')).toThrowErrorMatchingInlineSnapshot(`
      [DossierValidationError: invalid dossier (1 issue):
        - (top level): expected an object, received a string [invalid_type]]
    `);
  });

  it('lists the first 20 issues and counts the rest', () => {
    const document = minimal();
    document.reports[0].authorIds = Array.from({ length: 25 }, (_, i) => `ghost-${i}`);
    try {
      parseDossier(document);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DossierValidationError);
      const { message, issues } = error as DossierValidationError;
      expect(issues).toHaveLength(25);
      expect(message.split('\n')).toHaveLength(22);
      expect(message).toMatch(/… and 5 more$/);
    }
  });

  it('is a ValidationError and a ReckonError with a stable code', () => {
    try {
      parseDossier({});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toBeInstanceOf(ReckonError);
      expect(error).toMatchObject({
        code: 'SCHEMA_VALIDATION',
        entity: 'dossier',
        name: 'DossierValidationError',
      });
    }
  });
});

describe('entity parsers', () => {
  it('throw a ValidationError naming the entity, with paths from the entity', () => {
    expect(() =>
      parseEstimate({ id: 'e', metric: 'm', range: { low: 1, high: 2, unit: 'USD', sigfigs: 2 } }),
    ).toThrowErrorMatchingInlineSnapshot(`
        [ValidationError: invalid estimate (1 issue):
          - range: unknown key "sigfigs" (did you mean "sigFigs"?): remove it or fix its spelling [unrecognized_keys]]
      `);
  });
});

describe('safeParseDossier', () => {
  it('never throws, even on a hostile object', () => {
    const hostile = {
      schemaVersion: '0.2',
      get actors(): never {
        throw new Error('boom');
      },
    };
    expect(safeParseDossier(hostile)).toEqual({
      success: false,
      issues: [{ path: '', code: 'custom', message: 'the input could not be read: boom' }],
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(safeParseDossier(revoked.proxy).success).toBe(false);
  });

  it('returns a new object and leaves the input untouched', () => {
    const input = JSON.parse(seedText());
    const before = JSON.stringify(input);
    const result = safeParseDossier(input);
    expect(result.success && result.data).not.toBe(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('describes each kind of wrong value in words', () => {
    const issue = (patch: (d: ReturnType<typeof minimal>) => void) => {
      const document = minimal();
      patch(document);
      const result = safeParseDossier(document);
      return result.success ? undefined : result.issues[0]?.message;
    };
    expect(issue((d) => (d.reports[0].estimates[0].range.high = true))).toBe(
      'expected a number, received a boolean',
    );
    expect(issue((d) => (d.actors[0].aliases = 'Sokhak'))).toBe(
      'expected an array, received a string',
    );
    expect(issue((d) => (d.responses[0].quotes = []))).toBe(
      '"q1" does not name any quote in this dossier',
    );
    expect(issue((d) => (d.schemaVersion = 0.1))).toBe(
      'schemaVersion must be the string "0.2"; received a number (0.1)',
    );
    expect(issue((d) => (d.reports[0].findings[0].kind = 'rumour'))).toBe(
      'expected one of "factual", "causal", "allegation", "prediction", "normative"; received "rumour"',
    );
  });
});

describe('formatPath', () => {
  it('writes keys and indexes as JavaScript would, quoting odd keys', () => {
    expect(formatPath(['responses', 0, 'targets', 'estimateIds', 1])).toBe(
      'responses[0].targets.estimateIds[1]',
    );
    expect(formatPath(['a b', 0])).toBe('["a b"][0]');
    expect(formatPath([])).toBe('');
  });
});

describe('suggestKey', () => {
  it('suggests the allowed key within two edits, ignoring case', () => {
    const allowed = ['title', 'authorIds', 'summary', 'findings', 'estimates'];
    expect(suggestKey('titel', allowed)).toBe('title');
    expect(suggestKey('authorId', allowed)).toBe('authorIds');
    expect(suggestKey('Summary', allowed)).toBe('summary');
    expect(suggestKey('publisher', allowed)).toBeUndefined();
    expect(suggestKey('x'.repeat(1000), allowed)).toBeUndefined();
  });
});
