import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { checkDossier } from './check-dossier';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
type Meaning = { kind: 'interval'; level: number };
const victims = (id: string, low: number, high: number, meaning?: Meaning) => ({
  id,
  metric: `Victims, per ${id}`,
  metricKey: 'scam-victims',
  range: { low, high, unit: 'people', ...(meaning === undefined ? {} : { meaning }) },
  geography: KH,
});
const disagreements = (estimates: DossierInput['estimates']) =>
  checkDossier(parseDossier({ schemaVersion: '0.2', estimates }))
    .filter((f) => f.code === 'estimates-disagree')
    .map((f) => ({ refs: f.refs, message: f.message }));

describe('estimates-disagree, between the extremes', () => {
  it('names the estimate reaching highest from below and the one lowest from above, the first of equals', () => {
    const [found] = disagreements([
      victims('c', 1000, 2000),
      victims('a', 50_000, 60_000),
      victims('d', 3000, 4000),
      victims('b', 50_000, 70_000),
    ]);
    // a and b both reach 50,000 from below: the first listed is named, though listed after c.
    expect(found?.message).toMatch(
      /^“Victims, per a” for Cambodia \(50,000–60,000 people\), source not stated is certainly greater than “Victims, per c” for Cambodia \(1,000–2,000 people\), source not stated, by at least 48,000 people,/,
    );
    expect(found?.message).toContain('; 2 other estimates of them also fall outside');
    expect(found?.refs).toEqual(['c', 'a', 'd', 'b']);
  });

  it('names the first of two estimates ending at the same lowest point', () => {
    const [found] = disagreements([
      victims('high', 50_000, 60_000),
      victims('low-1', 1000, 2000),
      victims('low-2', 1500, 2000),
    ]);
    expect(found?.message).toContain('than “Victims, per low-1” for Cambodia (1,000–2,000 people)');
  });

  it('counts one other estimate apart in the singular', () => {
    const [found] = disagreements([
      victims('low', 1000, 2000),
      victims('middle', 3000, 4000),
      victims('high', 50_000, 60_000),
    ]);
    expect(found?.message).toContain(
      "do not overlap; 1 other estimate of them also falls outside another's range.",
    );
  });

  it('leaves out an estimate that overlaps both extremes', () => {
    const [found] = disagreements([
      victims('low', 1000, 2000),
      victims('between', 1500, 55_000),
      victims('high', 50_000, 60_000),
    ]);
    expect(found?.refs).toEqual(['low', 'high']);
    expect(found?.message).not.toContain('other estimate');
  });

  it('says the lower of two interval levels, the one both claims hold at', () => {
    const [found] = disagreements([
      victims('low', 1000, 2000, { kind: 'interval', level: 0.95 }),
      victims('high', 50_000, 60_000, { kind: 'interval', level: 0.9 }),
    ]);
    expect(found?.message).toContain('is greater, at the 90% level its interval states, than');
  });
});
