import { describe, expect, it } from 'vitest';
import { safeParseDossier } from '../index';
import { PeriodSchema } from './period';

describe('PeriodSchema', () => {
  it('accepts a start, an end, or both in order', () => {
    expect(PeriodSchema.safeParse({ start: '2024' }).success).toBe(true);
    expect(PeriodSchema.safeParse({ end: 'XXXX-05-20' }).success).toBe(true);
    expect(PeriodSchema.safeParse({ start: '2024-01', end: '2024-12-31' }).success).toBe(true);
  });

  it('accepts spans that overlap, since neither date is first', () => {
    expect(PeriodSchema.safeParse({ start: '2025', end: '2025-06' }).success).toBe(true);
  });

  it('accepts a period whose order cannot be known (a day of unknown year)', () => {
    expect(PeriodSchema.safeParse({ start: 'XXXX-12-01', end: 'XXXX-01-01' }).success).toBe(true);
  });

  it('refuses an empty period and a reversed one', () => {
    expect(PeriodSchema.safeParse({}).success).toBe(false);
    expect(PeriodSchema.safeParse({ start: '2025-06', end: '2025-05-31' }).success).toBe(false);
  });

  it('reports a bad date once, at the date, not again as a reversed period', () => {
    const result = safeParseDossier({
      schemaVersion: '0.2',
      actors: [
        {
          id: 'a',
          kind: 'person',
          name: 'A',
          roles: [{ title: 'minister', period: { start: '2025-02-30', end: '2020' } }],
        },
      ],
    });
    expect(result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'actors[0].roles[0].period.start', code: 'invalid_date' },
    ]);
  });
});
