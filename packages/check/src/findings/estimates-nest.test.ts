import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

describe('estimates-nest', () => {
  it('notes an estimate whose range lies inside another’s, inner first', () => {
    const found = findingsOf('estimates-nest', 'estimates-nest/triggers.json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', refs: ['revenue-a', 'revenue-b'] });
    expect(found[0]?.message).toContain(
      '($12.5–19 billion a year), stated in “Report A” lies within',
    );
    expect(found[0]?.message).toContain('($10–25 billion a year), stated in “Report B”');
  });

  it('stays silent for equal ranges and for ranges that overlap without nesting', () => {
    expect(findingsOf('estimates-nest', 'estimates-nest/passes.json')).toEqual([]);
  });
});
