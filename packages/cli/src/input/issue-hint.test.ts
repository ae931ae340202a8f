import { describe, expect, it } from 'vitest';
import { issueHint } from './issue-hint';

describe('issueHint', () => {
  it('points a shape problem at the schema of the entity it is in (the TSDoc example)', () => {
    expect(issueHint('invalid_type', ['reports', 0, 'estimates', 1, 'range', 'low'])).toBe(
      'what an estimate may hold: reckon schema estimate',
    );
  });

  it('names the innermost entity, and the dossier at the top', () => {
    expect(issueHint('unrecognized_keys', ['responses', 0, 'quotes', 2])).toBe(
      'what a quote may hold: reckon schema quote',
    );
    expect(issueHint('unrecognized_keys', ['reports', 0, 'findings', 3])).toBe(
      'what a claim may hold: reckon schema claim',
    );
    expect(issueHint('unrecognized_keys', ['responses', 0])).toBe(
      'what an official-response may hold: reckon schema official-response',
    );
    expect(issueHint('invalid_type', [])).toBe('what a dossier may hold: reckon schema dossier');
  });

  it('says what to do about references', () => {
    expect(issueHint('unknown_reference', ['reports', 0, 'authorIds', 0])).toBe(
      'add the entity with this id to the dossier, or correct the id to one that exists',
    );
    expect(issueHint('wrong_reference_kind', ['responses', 0, 'respondentId'])).toBe(
      'use the id of an entity of the kind this field needs',
    );
  });

  it('adds nothing where the message already says what to write', () => {
    for (const code of ['invalid_range', 'invalid_unit', 'invalid_date', 'duplicate_id'] as const) {
      expect(issueHint(code, ['reports', 0])).toBeUndefined();
    }
  });
});
