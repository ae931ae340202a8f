import { range } from '@reckon/range';
import { type Dossier, type Estimate, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../options';
import { loadFixture } from '../testing/load-fixture';
import { checkDossier } from './check-dossier';

/** The codes found in a fixture after `edit` changes its estimates. */
function codes(path: string, edit: (byId: Map<string, Estimate>) => void, options?: CheckOptions) {
  const dossier: Dossier = structuredClone(loadFixture(path));
  const all = [...dossier.reports.flatMap((r) => r.estimates), ...dossier.estimates];
  edit(new Map(all.map((e) => [e.id, e])));
  return checkDossier(parseDossier(dossier), options).map((f) => f.code);
}
const edit = (byId: Map<string, Estimate>, id: string, change: Partial<Estimate>) => {
  const e = byId.get(id);
  if (e === undefined) throw new Error(`no estimate ${id}`);
  Object.assign(e, change);
};

describe('part-exceeds-whole and part-metric-exceeds-whole, when they hold back', () => {
  const PART = 'part-exceeds-whole/triggers.json';

  it('compares a part over two years with its whole’s one year not at all, and like periods as usual', () => {
    const periods = (part: Estimate['period'], whole: Estimate['period']) =>
      codes(PART, (byId) => {
        edit(byId, 'kh-revenue', { period: part });
        edit(byId, 'sea-revenue', { period: whole });
      });
    expect(periods({ start: '2023', end: '2024' }, { start: '2024', end: '2024' })).not.toContain(
      'part-exceeds-whole',
    );
    expect(periods({ start: '2024', end: '2024' }, { start: '2024', end: '2024' })).toContain(
      'part-exceeds-whole',
    );
  });

  it('compares a whole in another currency only at a rate', () => {
    const inRiel = (byId: Map<string, Estimate>) =>
      edit(byId, 'sea-revenue', { range: { low: 200e12, high: 300e12, unit: 'KHR/year' } });
    expect(codes(PART, inRiel)).not.toContain('part-exceeds-whole');
    // 200–300 trillion riel at 4,000 a dollar: $50–75 billion, below Cambodia's $80–90 billion.
    expect(codes(PART, inRiel, { rates: [range(4000, 4000, 'KHR/USD')] })).toContain(
      'part-exceeds-whole',
    );
  });

  const SUBSET = 'real-cases/subset-above-whole.json';

  it('flags a declared part metric only when it is certainly above its whole', () => {
    expect(codes(SUBSET, () => {})).toContain('part-metric-exceeds-whole');
    const within = codes(SUBSET, (byId) =>
      edit(byId, 'bonded', { range: { low: 5e6, high: 6e6, unit: 'people' } }),
    );
    expect(within).not.toContain('part-metric-exceeds-whole');
    // A part counted in households cannot be compared with people.
    const households = codes(SUBSET, (byId) =>
      edit(byId, 'bonded', { range: { low: 20e6, high: 30e6, unit: 'households' } }),
    );
    expect(households).not.toContain('part-metric-exceeds-whole');
  });

  it('compares a subdivision with its country, and a country with no other country', () => {
    const found = codes(PART, (byId) => {
      edit(byId, 'kh-revenue', { geography: [{ kind: 'subdivision', code: 'KH-12' }] });
      edit(byId, 'sea-revenue', { geography: [{ kind: 'country', code: 'KH' }] });
    });
    expect(found).toContain('part-exceeds-whole');
    const neighbours = codes(PART, (byId) =>
      edit(byId, 'sea-revenue', { geography: [{ kind: 'country', code: 'TH' }] }),
    );
    expect(neighbours).not.toContain('part-exceeds-whole');
  });
});
