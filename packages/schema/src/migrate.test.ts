import { describe, expect, it } from 'vitest';
import { minimalText } from '../test-fixtures/load';
import { migrate, parseDossier, SCHEMA_VERSION, UnsupportedSchemaVersionError } from './index';

describe('migrate', () => {
  it('returns a current document as it is', () => {
    const document = JSON.parse(minimalText());
    expect(document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrate(document)).toBe(document);
    expect(parseDossier(migrate(document)).reports[0]?.id).toBe('report');
  });

  it('refuses a newer version, saying to upgrade', () => {
    expect(() => migrate({ schemaVersion: '1.0' })).toThrowErrorMatchingInlineSnapshot(
      `[UnsupportedSchemaVersionError: schemaVersion "1.0" is not one this release reads: it reads "0.2"; upgrade @reckon/schema for newer documents, or run migrate() on older ones]`,
    );
  });

  it('refuses a document without a version, or that is not a document', () => {
    expect(() => migrate({ actors: [] })).toThrow(UnsupportedSchemaVersionError);
    expect(() => migrate([])).toThrowErrorMatchingInlineSnapshot(
      `[UnsupportedSchemaVersionError: cannot migrate an array: a dossier is a JSON object with a schemaVersion]`,
    );
    expect(() => migrate(null)).toThrow(UnsupportedSchemaVersionError);
  });

  it('does not read a version off the prototype chain', () => {
    expect(() => migrate(Object.create({ schemaVersion: SCHEMA_VERSION }))).toThrow(
      UnsupportedSchemaVersionError,
    );
  });

  it('carries the version it refused', () => {
    try {
      migrate({ schemaVersion: 3 });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNSUPPORTED_SCHEMA_VERSION', version: 3 });
    }
  });
});
