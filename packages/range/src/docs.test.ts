/**
 * Runs every code example in the README and in the TSDoc `@example` blocks of the public
 * modules, so the docs stay true (the claim syntax is described in the shared runner).
 * TSDoc examples use the package's exports bare, as after `import { ... } from '@reckon/range'`.
 */
import { describe, expect, it } from 'vitest';
import { describeDocExamples, functionsNotCalled } from '../../../test-support/doc-examples';
import * as api from './index';

const examples = describeDocExamples({
  root: new URL('..', import.meta.url),
  readme: 'README.md',
  // Every public module; internal helpers are not reachable by an example.
  sources: [
    'src/errors.ts',
    'src/range.ts',
    'src/json',
    'src/unit',
    'src/ops',
    'src/compare',
    'src/parse',
    'src/format',
  ],
  modules: { '@reckon/range': api },
  globals: api,
});

describe('which examples run', () => {
  it('includes an example of every exported function, from the TSDoc or the README', () => {
    expect(functionsNotCalled(examples, api)).toEqual([]);
  });
});
