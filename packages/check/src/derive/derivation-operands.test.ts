import { type DossierInput, type Geography, parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../words/format-figure';
import { deriveFigures } from './derive-figures';

const KH: Geography[] = [{ kind: 'country', code: 'KH' }];
const gdpBase = { metric: 'GDP of Cambodia', metricKey: 'gdp', geography: KH };
const gdp = {
  id: 'gdp',
  metric: 'GDP of Cambodia',
  metricKey: 'gdp',
  range: { low: 40e9, high: 45e9, unit: 'USD/year' },
  geography: KH,
};
const share = (low: number | null, high: number | null, numeratorEstimateId?: string) => ({
  id: 'share',
  metric: 'Scam revenue as a share of GDP',
  range: { low, high, unit: '%' },
  geography: KH,
  relativeTo: gdpBase,
  ...(numeratorEstimateId === undefined ? {} : { numeratorEstimateId }),
});
/** Each figure's kind, inputs, printed value and operation, without the operation's words. */
const computed = (estimates: DossierInput['estimates']) =>
  deriveFigures(parseDossier({ schemaVersion: '0.2', estimates })).map((f) => ({
    id: f.id,
    kind: f.kind,
    inputs: f.inputs,
    shown: formatFigure(f.range),
    op: f.operation.op,
    operands: f.operation.operands,
    unit: f.operation.unit,
    notes: f.notes.length,
  }));
const estimate = (ref: string, take = 'all') => ({ ref, source: 'estimate', take });
const onlyFigure = (estimates: DossierInput['estimates']) => {
  const [figure, ...rest] = deriveFigures(parseDossier({ schemaVersion: '0.2', estimates }));
  if (figure === undefined || rest.length > 0) throw new Error('expected one figure');
  return figure;
};

describe('derivations: what they take of each input', () => {
  it('applies every value of a share that lies within 0–100% to its base', () => {
    expect(computed([gdp, share(30, 40)])).toEqual([
      {
        id: 'implied-numerator:share:gdp',
        kind: 'implied-numerator',
        inputs: ['share', 'gdp'],
        shown: '$12–18 billion a year',
        op: 'mul',
        operands: [estimate('share'), estimate('gdp')],
        unit: 'USD/year',
        notes: 1,
      },
    ]);
  });

  it('applies only the positive part of a share with no lower bound, and says so', () => {
    const figure = onlyFigure([gdp, share(null, 40)]);
    expect(figure.operation.operands).toEqual([estimate('share', 'positive'), estimate('gdp')]);
    expect(formatFigure(figure.range)).toBe('up to $18 billion a year');
    expect(figure.operation.words).toBe(
      'the positive part of “Scam revenue as a share of GDP” × “GDP of Cambodia”',
    );
    expect(figure.notes[1]).toBe(
      '“Scam revenue as a share of GDP” has no lower bound above 0; a share of a positive base by a positive amount is positive, so its values above 0 are used.',
    );
  });

  it('applies only the part of a share up to 100%, and says so', () => {
    const figure = onlyFigure([gdp, share(80, 120)]);
    // 80% of $40 billion is $32 billion; 100% of $45 billion, $45 billion.
    expect(figure.operation.operands).toEqual([estimate('share', 'share'), estimate('gdp')]);
    expect(formatFigure(figure.range)).toBe('$32–45 billion a year');
    expect(figure.notes[1]).toBe(
      '“Scam revenue as a share of GDP” is a share of a whole, so only its values above 0 and up to 100% are used.',
    );
  });

  it('derives a base from the share’s numerator, and the paired reading from their high ends', () => {
    const revenue = {
      id: 'revenue',
      metric: 'revenue',
      range: { low: 12e9, high: 18e9, unit: 'USD/year' },
      geography: KH,
    };
    expect(computed([revenue, share(40, 60, 'revenue')])).toEqual([
      {
        id: 'implied-base:share',
        kind: 'implied-base',
        inputs: ['revenue', 'share'],
        shown: '$20–45 billion a year',
        op: 'div',
        operands: [estimate('revenue'), estimate('share')],
        unit: 'USD/year',
        notes: 1,
      },
      {
        id: 'paired-base:share:high',
        kind: 'paired-base',
        inputs: ['revenue', 'share'],
        shown: '$30 billion a year',
        op: 'div',
        operands: [estimate('revenue', 'high'), estimate('share', 'high')],
        unit: 'USD/year',
        notes: 2,
      },
    ]);
  });

  it('takes a paired share’s base as a figure', () => {
    const revenue = {
      id: 'revenue',
      metric: 'revenue',
      range: { low: 12.5e9, high: 19e9, unit: 'USD/year' },
      geography: KH,
    };
    const figures = computed([revenue, share(null, 60, 'revenue')]);
    expect(figures.find((f) => f.kind === 'paired-share')).toEqual({
      id: 'paired-share:share:high',
      kind: 'paired-share',
      inputs: ['revenue', 'share'],
      shown: '39.4–60%',
      op: 'div',
      operands: [
        estimate('revenue'),
        { ref: 'paired-base:share:high', source: 'figure', take: 'all' },
      ],
      unit: '%',
      notes: 2,
    });
  });
});
