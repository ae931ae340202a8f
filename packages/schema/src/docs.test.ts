/**
 * Runs every example in the TSDoc of `src/` and in the README, so documentation cannot drift
 * from the code. Each example imports from '@reckon/schema', and may import '@reckon/range'
 * and zod (the claim syntax is described in the shared runner).
 */
import * as range from '@reckon/range';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import { describeDocExamples, importsFrom } from '../../../test-support/doc-examples';
import * as schema from './index';

const examples = describeDocExamples({
  root: new URL('..', import.meta.url),
  readme: 'README.md',
  sources: ['src'],
  modules: { '@reckon/schema': schema, '@reckon/range': range, zod },
});

describe('which examples run', () => {
  it('finds the examples, and each imports from @reckon/schema', () => {
    expect(examples.length).toBeGreaterThan(40);
    const without = examples.filter((example) => !importsFrom(example, '@reckon/schema'));
    expect(without.map((example) => example.where)).toEqual([]);
  });
});
