import { describe, expect, it } from 'vitest';
import { periodRelation, periodWords } from './period';

describe('periodRelation', () => {
  it('reads dates at their precision', () => {
    expect(periodRelation({ start: '2024', end: '2024' }, { start: '2024', end: '2024' })).toBe(
      'same',
    );
    expect(periodRelation({ start: '2024' }, { start: '2024-06', end: '2024-06' })).toBe(
      'overlapping',
    );
    expect(periodRelation({ start: '2020', end: '2020' }, { start: '2024', end: '2024' })).toBe(
      'disjoint',
    );
    expect(periodRelation({ start: '2025', end: '2025' }, { start: '2020', end: '2021' })).toBe(
      'disjoint',
    );
  });

  it('tells periods that share a start or an end from the same period', () => {
    expect(periodRelation({ start: '2020', end: '2020' }, { start: '2020', end: '2024' })).toBe(
      'overlapping',
    );
    expect(periodRelation({ start: '2021', end: '2024' }, { start: '2020', end: '2024' })).toBe(
      'overlapping',
    );
    // Ending the year the other starts is overlapping, not disjoint.
    expect(periodRelation({ start: '2020', end: '2022' }, { start: '2022', end: '2024' })).toBe(
      'overlapping',
    );
  });

  it('never ends an open-ended period, nor starts one with no start', () => {
    expect(periodRelation({ start: '2020' }, { start: '2024', end: '2024' })).toBe('overlapping');
    expect(periodRelation({ start: '2024', end: '2024' }, { start: '2020' })).toBe('overlapping');
    expect(periodRelation({ end: '2020' }, { end: '2024' })).toBe('overlapping');
    expect(periodRelation({ end: '2020' }, { start: '2024' })).toBe('disjoint');
  });

  it('cannot order a date without its year, nor a period that is not stated', () => {
    expect(periodRelation({ end: 'XXXX-05-20' }, { start: '2024' })).toBe('unknown');
    expect(periodRelation({ start: '2024' }, { end: 'XXXX-05-20' })).toBe('unknown');
    expect(periodRelation(undefined, { start: '2024' })).toBe('unknown');
    expect(periodRelation({ start: '2024' }, undefined)).toBe('unknown');
    expect(periodRelation(undefined, undefined)).toBe('same');
  });
});

describe('periodWords', () => {
  it('says a period in words', () => {
    expect(periodWords({ start: '2024', end: '2024' })).toBe('2024');
    expect(periodWords({ start: '2023', end: '2024' })).toBe('2023 to 2024');
    expect(periodWords({ start: '2023' })).toBe('from 2023');
    expect(periodWords({ end: '2024' })).toBe('until 2024');
    expect(periodWords(undefined)).toBe('period not stated');
  });
});
