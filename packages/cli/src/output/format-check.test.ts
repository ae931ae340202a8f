import { deriveFigures } from '@reckon/check';
import { parseDossier } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { paint } from '../text/colour';
import { formatFigures, formatFindings } from './format-check';

const dossier = parseDossier({
  schemaVersion: '0.2',
  estimates: [
    {
      id: 'revenue',
      metric: 'scam revenue',
      metricKey: 'scam-revenue',
      range: { low: 50e9, high: 75e9, unit: 'USD/year' },
    },
    {
      id: 'workers',
      metric: 'scam labour force',
      metricKey: 'scam-labour-force',
      range: {
        low: 350000,
        high: null,
        lowInclusive: false,
        unit: 'people',
        qualifier: 'more-than',
      },
    },
  ],
});

describe('formatFigures', () => {
  it('heads the figures, each with its rounded range (the TSDoc example)', () => {
    const text = formatFigures(deriveFigures(dossier), {}, paint(false));
    expect(text.split('\n')[0]).toBe('What the numbers imply (derived)');
    // $75 billion ÷ 350,000 people = $214,286 a head at most, shown rounded up.
    expect(text).toMatch(/: less than \$215,000 per person a year\n/);
    expect(text).toContain('    from revenue, workers\n');
  });

  it('writes nothing when nothing is derived', () => {
    expect(formatFigures([], {}, paint(false))).toBe('');
  });
});

describe('formatFindings', () => {
  it('writes severity, code, message and what it is about (the TSDoc example)', () => {
    expect(
      formatFindings(
        [
          {
            code: 'estimates-nest',
            severity: 'info',
            message: 'A lies inside B',
            refs: ['a', 'b'],
          },
        ],
        paint(false),
      ),
    ).toBe('Findings\n  info estimates-nest: A lies inside B\n    about a, b\n');
    expect(formatFindings([], paint(false))).toBe('');
  });
});
