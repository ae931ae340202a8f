import { readdirSync } from 'node:fs';
import { range } from '@reckon/range';
import { type Dossier, DossierValidationError, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../finding';
import { loadFixture } from '../testing/load-fixture';
import { checkDossier } from './check-dossier';

describe('checkDossier', () => {
  it('orders findings errors first, then warnings, then notes', () => {
    const findings = checkDossier(loadFixture('share-impossible/triggers.json'));
    const ranks = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings.length).toBeGreaterThan(1);
  });

  it('gives each finding its code’s severity, except share-above-100 which may be a warning', () => {
    const fixtures = new URL('../../test-fixtures/', import.meta.url);
    const paths = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((p) =>
      p.endsWith('.json'),
    );
    const seen = new Set<string>();
    for (const path of paths) {
      for (const finding of checkDossier(loadFixture(path))) {
        const expected = FINDING_CODES[finding.code].severity;
        if (finding.code !== 'share-above-100') expect(finding.severity).toBe(expected);
        seen.add(finding.code);
      }
    }
    // Every code is triggered by some fixture, so each severity is checked.
    expect([...seen].sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });

  it('returns frozen, JSON-ready findings', () => {
    const [finding] = checkDossier(loadFixture('part-exceeds-whole/triggers.json'));
    expect(Object.isFrozen(finding)).toBe(true);
    expect(JSON.parse(JSON.stringify(finding))).toEqual(finding);
    // A finding about no derived figure has no figureId key at all, not one set to undefined.
    expect(Object.keys(finding ?? {})).toEqual(['code', 'severity', 'message', 'refs']);
  });

  it('finds nothing in an empty dossier', () => {
    expect(checkDossier(parseDossier({ schemaVersion: '0.2' }))).toEqual([]);
  });

  it('refuses a dossier that is not valid with the schema’s error', () => {
    const broken = { schemaVersion: '0.2', reports: 'none' } as unknown as Dossier;
    expect(() => checkDossier(broken)).toThrow(DossierValidationError);
  });

  it('refuses rates that are not positive ranges of one currency per another', () => {
    const dossier = parseDossier({ schemaVersion: '0.2' });
    expect(() =>
      checkDossier(dossier, { rates: [range(1, 2, 'USD/year')] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: options.rates[0] is in USD/year: a rate must be one currency per another, e.g. KHR/USD or USD@2023/USD@2015]`,
    );
    expect(() =>
      checkDossier(dossier, { rates: [range(0, 2, 'KHR/USD')] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: options.rates[0] reaches 0 KHR/USD: a rate must be positive throughout, e.g. range(4000, 4100, 'KHR/USD')]`,
    );
    expect(() =>
      checkDossier(dossier, { rates: 'KHR/USD' } as unknown as { rates: [] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: options.rates is string: pass an array of ranges, e.g. [range(4000, 4100, 'KHR/USD')]]`,
    );
    expect(() =>
      checkDossier(dossier, 7 as unknown as undefined),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: options is number: pass an object such as { rates: [range(4000, 4100, 'KHR/USD')] }, or nothing]`,
    );
    const notARange = { low: 1, high: 2, unit: 'KHR/USD' } as unknown as ReturnType<typeof range>;
    expect(() => checkDossier(dossier, { rates: [notARange] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidRangeError: options.rates[0] is not a Range: make rates with range() or rangeFromJSON(), e.g. range(4000, 4100, 'KHR/USD')]`,
    );
  });
});
