/**
 * Runs the README's TypeScript example and the TSDoc examples of the public API, which
 * import from '@reckon/cli' (the claim syntax is described in the shared runner). The
 * README's `console` blocks run against the built bin in `test/readme.test.ts`; examples on
 * internal helpers cannot import them by package name, so the unit test beside each helper
 * runs its example instead, in a test named "(the TSDoc example)".
 */
import { describe, expect, it } from 'vitest';
import {
  describeDocExamples,
  functionsNotCalled,
  importsFrom,
} from '../../../test-support/doc-examples';
import * as cli from './index';

const examples = describeDocExamples({
  root: new URL('..', import.meta.url),
  readme: 'README.md',
  sources: ['src'],
  filter: (example) => importsFrom(example, '@reckon/cli'),
  modules: { '@reckon/cli': cli },
});

describe('which examples run', () => {
  it('includes an example of every exported function, from the TSDoc or the README', () => {
    expect(examples.map((example) => example.code).join('\n')).toContain('run(');
    expect(functionsNotCalled(examples, cli)).toEqual([]);
  });
});
