import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/load-fixture';

const fixture = 'counter-estimate-disagrees/triggers.json';

describe('counter-estimate-disagrees', () => {
  it('flags a response whose counter-estimate does not overlap the estimate it disputes', () => {
    const found = findingsOf('counter-estimate-disagrees', fixture);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      refs: ['ministry-response', 'ministry-revenue', 'revenue'],
    });
    const message = found[0]?.message ?? '';
    expect(message).toContain('The response of A. Spokesperson, spokesperson (disputes-figures)');
    expect(message).toContain('($500 million–$1 billion a year), given by A. Spokesperson');
    expect(message).toContain('“Scam revenue in Cambodia” for Cambodia ($12.5–19 billion a year)');
    expect(message).toContain("the response's figure is certainly lower");
  });

  it('reports the disagreement once, as the response’s, not also as estimates-disagree', () => {
    expect(findingsOf('estimates-disagree', fixture)).toEqual([]);
  });

  it('stays silent when the counter-estimate overlaps its target', () => {
    const passes = 'counter-estimate-disagrees/passes.json';
    expect(findingsOf('counter-estimate-disagrees', passes)).toEqual([]);
  });
});
