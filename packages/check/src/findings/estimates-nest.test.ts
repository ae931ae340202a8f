import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';
import { checkDossier } from './check-dossier';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const victims = (id: string, low: number, high: number, year?: string) => ({
  id,
  metric: `Victims, per ${id}`,
  metricKey: 'scam-victims',
  range: { low, high, unit: 'people' },
  geography: KH,
  ...(year === undefined ? {} : { period: { start: year, end: year } }),
});
const nests = (estimates: DossierInput['estimates']) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates }))
    .filter((f) => f.code === 'estimates-nest')
    .map((f) => ({ refs: f.refs, message: f.message }));

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

  it('takes the widest as the outer one: the lowest low, then the highest high, in any order', () => {
    const a = victims('a', 10_000, 20_000);
    const b = victims('b', 10_000, 30_000);
    const c = victims('c', 12_000, 15_000);
    for (const order of [
      [a, b, c],
      [b, a, c],
      [c, a, b],
    ]) {
      expect(nests(order).map((f) => f.refs)).toEqual([
        order
          .filter((e) => e !== b)
          .map((e) => e.id)
          .concat('b'),
      ]);
    }
  });

  it('names every inner estimate, and says when only some state their period', () => {
    const [found] = nests([
      victims('wide', 10_000, 30_000, '2024'),
      victims('narrow', 12_000, 15_000),
      victims('narrower', 13_000, 14_000, '2024'),
    ]);
    expect(found?.refs).toEqual(['narrow', 'narrower', 'wide']);
    // Each inner estimate is named, and the caveat said once.
    expect(found?.message).toMatch(
      /^“Victims, per narrow” for Cambodia \(12,000–15,000 people\), source not stated and “Victims, per narrower” for Cambodia, 2024 \(13,000–14,000 people\), source not stated lie within /,
    );
    expect(found?.message).toContain(
      'within “Victims, per wide” for Cambodia, 2024 (10,000–30,000 people), source not stated (not all of them state their period, so they may cover different times): the narrower may refine the wider, or rest on it.',
    );
  });

  it('says “lies” of one inner estimate and “lie” of several', () => {
    const one = nests([victims('wide', 10_000, 30_000), victims('narrow', 12_000, 15_000)]);
    expect(one[0]?.message).toContain('source not stated lies within “Victims, per wide”');
    const two = nests([
      victims('wide', 10_000, 30_000),
      victims('narrow', 12_000, 15_000),
      victims('narrower', 13_000, 14_000),
    ]);
    expect(two[0]?.message).toContain('source not stated lie within “Victims, per wide”');
    expect(two[0]?.message).not.toContain('lies within');
  });

  it('notes nothing when the widest does not hold them all', () => {
    expect(
      nests([
        victims('a', 10_000, 20_000),
        victims('b', 15_000, 25_000),
        victims('c', 12_000, 14_000),
      ]),
    ).toEqual([]);
  });
});
