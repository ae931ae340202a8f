import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ajvValidator } from '../test-fixtures/ajv';
import { brokenFixtures, minimalText } from '../test-fixtures/load';
import { safeParseDossier } from './index';

const fixtures = brokenFixtures();
const validate = ajvValidator('dossier');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('broken documents', () => {
  it('has at least 30 of them, each described', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const fixture of fixtures) expect(fixture.description).not.toBe('');
  });

  it('starts from a minimal dossier that both validators accept', () => {
    const document = JSON.parse(minimalText());
    expect(safeParseDossier(document)).toMatchObject({ success: true });
    expect(validate(document)).toBe(true);
  });

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_, fixture) => {
    it('zod rejects it with the expected paths and codes, and clear messages', () => {
      const document: unknown = JSON.parse(fixture.text());
      let result: ReturnType<typeof safeParseDossier> | undefined;
      expect(() => {
        result = safeParseDossier(document);
      }).not.toThrow();
      expect(result?.success).toBe(false);
      const issues = result && !result.success ? result.issues : [];
      expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(fixture.issues);
      for (const issue of issues) {
        // A message says what is wrong in words, and never carries a huge input along.
        expect(issue.message.length).toBeGreaterThan(10);
        expect(issue.message.length).toBeLessThan(400);
        expect(issue.message).not.toMatch(/\[object |undefined|NaN/);
      }
    });

    it(`ajv ${fixture.jsonSchema === 'rejects' ? 'rejects it too' : 'accepts it: JSON Schema cannot state the rule'}`, () => {
      const document: unknown = JSON.parse(fixture.text());
      let valid: boolean | undefined;
      expect(() => {
        valid = validate(document) as boolean;
      }).not.toThrow();
      expect(valid).toBe(fixture.jsonSchema === 'accepts');
    });

    if (fixture.jsonSchema === 'accepts') {
      it('names a rule the README lists as one only zod checks', () => {
        expect(fixture.zodOnlyRule).toBeDefined();
        expect(readme).toContain(`**${fixture.zodOnlyRule}**`);
      });
    }
  });

  it('never pollutes Object.prototype, whatever the documents held', () => {
    for (const fixture of fixtures.filter(
      (f) => f.name.includes('proto') || f.name.includes('constructor'),
    )) {
      const result = safeParseDossier(JSON.parse(fixture.text()));
      expect(result.success).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
