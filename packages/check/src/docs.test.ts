/**
 * Runs every example in the TSDoc of `src/` and in the README, so documentation cannot drift
 * from the code. Each example imports from '@reckon/check', and may import '@reckon/schema'
 * and '@reckon/range' (the claim syntax is described in the shared runner).
 */
import * as range from '@reckon/range';
import * as schema from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { describeDocExamples, importsFrom } from '../../../test-support/doc-examples';
import * as check from './index';

const examples = describeDocExamples({
  root: new URL('..', import.meta.url),
  readme: 'README.md',
  sources: ['src'],
  modules: { '@reckon/check': check, '@reckon/schema': schema, '@reckon/range': range },
});

describe('which examples run', () => {
  it('finds the examples, and each imports from @reckon/check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const without = examples.filter((example) => !importsFrom(example, '@reckon/check'));
    expect(without.map((example) => example.where)).toEqual([]);
  });
});
