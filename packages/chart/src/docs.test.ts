/**
 * Runs the README's and the TSDoc's TypeScript examples, which import this package and
 * @reckon/range (the claim syntax is described in the shared runner).
 */
import * as range from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { describeDocExamples } from '../../../test-support/doc-examples';
import * as chart from './index';

const examples = describeDocExamples({
  root: new URL('..', import.meta.url),
  readme: 'README.md',
  sources: ['src'],
  modules: { '@reckon/chart': chart, '@reckon/range': range },
});

describe('which examples run', () => {
  it('has examples to run, from the README and from the TSDoc', () => {
    expect(examples.map((example) => example.from)).toEqual([
      'readme',
      'readme',
      'tsdoc',
      'tsdoc',
      'tsdoc',
      'tsdoc',
    ]);
  });
});
