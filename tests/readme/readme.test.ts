/**
 * Runs the TypeScript examples of the repository's README, which import @reckon/range
 * (the claim syntax is described in the shared runner).
 */
import * as range from '@reckon/range';
import { describe, expect, it } from 'vitest';
import { describeDocExamples } from '../../test-support/doc-examples';

const examples = describeDocExamples({
  root: new URL('../../', import.meta.url),
  readme: 'README.md',
  title: 'README',
  modules: { '@reckon/range': range },
});

describe('which examples run', () => {
  it('has a TypeScript example', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
});
