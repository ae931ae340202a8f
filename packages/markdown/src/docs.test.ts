/**
 * Runs every example in the README and every TSDoc example of the public API, so the
 * documentation cannot drift from the code (the claim syntax is described in the shared
 * runner). Examples on internal helpers cannot import them by package name; the unit test
 * beside each helper runs its example instead, in a test named "(the TSDoc example)".
 */
import * as schema from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { describeDocExamples, importsFrom } from '../../../test-support/doc-examples';
import * as markdown from './index';

const examples = describeDocExamples({
  root: new URL('..', import.meta.url),
  readme: 'README.md',
  sources: ['src'],
  filter: (example) => example.from === 'readme' || importsFrom(example, '@reckon/markdown'),
  modules: { '@reckon/markdown': markdown, '@reckon/schema': schema },
});

describe('which examples run', () => {
  it('finds the examples: one at least for each value the package exports', () => {
    const shown = examples.map((example) => example.code).join('\n');
    for (const name of Object.keys(markdown)) expect(shown, name).toContain(name);
  });
});
