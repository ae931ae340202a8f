import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collectExamples,
  type DocExample,
  functionsNotCalled,
  importsFrom,
  instrument,
  runExample,
} from '../../test-support/doc-examples';

/** A README example with the given lines of code. */
const example = (...lines: string[]): DocExample => ({
  where: 'README.md:1',
  from: 'readme',
  code: lines.join('\n'),
});

class WrongUnitError extends Error {
  override readonly name = 'WrongUnitError';
}
class OtherError extends Error {
  override readonly name = 'OtherError';
}

/** A stand-in package: a function, a function that throws, an async one and two errors. */
const maths = {
  double: (x: number) => x * 2,
  fail: (): never => {
    throw new WrongUnitError('cannot add USD to people');
  },
  later: async (x: number) => x + 1,
  WrongUnitError,
  OtherError,
};
const scope = { modules: { maths } };

describe('instrument', () => {
  it('turns `expr; // => value` into a check of expr against value', () => {
    expect(instrument('  double(2); // => 4')).toBe('  __check((double(2)), (4));');
  });

  it('turns a line holding only `// => value` into a check of the statement before it', () => {
    expect(instrument('double(2);\n// => 4')).toBe('__check((double(2)), (4));');
  });

  it('turns `expr; // throws Name` into a check that the statement throws Name', () => {
    expect(instrument('fail(); // throws WrongUnitError: why')).toBe(
      "await __throws(async () => { fail(); }, 'WrongUnitError');",
    );
  });

  it('refuses a `// =>` line that follows no statement', () => {
    expect(() => instrument('// => 4')).toThrow("'// => 4' follows no statement");
  });
});

describe('runExample', () => {
  it('counts the claims it checked', async () => {
    const code = example(
      "import { double, fail, later } from 'maths';",
      'double(2); // => 4',
      'double(3);',
      '// => 6',
      'fail(); // throws WrongUnitError',
      'await later(1); // => 2',
    );
    expect(await runExample(code, scope)).toBe(4);
  });

  it('fails when a value differs from the one shown', async () => {
    const code = example("import { double } from 'maths';", 'double(2); // => 5');
    await expect(runExample(code, scope)).rejects.toThrow('README.md:1');
  });

  it('compares strictly: a missing property is not an undefined one', async () => {
    const code = example('({ a: 1, b: undefined }); // => { a: 1 }');
    await expect(runExample(code, scope)).rejects.toThrow('README.md:1');
  });

  it('fails when a statement said to throw does not', async () => {
    const code = example("import { double } from 'maths';", 'double(2); // throws WrongUnitError');
    await expect(runExample(code, scope)).rejects.toThrow('expected WrongUnitError');
  });

  it('fails when a statement throws another error than the one named', async () => {
    const code = example("import { fail } from 'maths';", 'fail(); // throws OtherError');
    await expect(runExample(code, scope)).rejects.toThrow('expected OtherError');
  });

  it('fails when the error named is no class the example can see', async () => {
    const code = example("import { fail } from 'maths';", 'fail(); // throws MissingError');
    await expect(runExample(code, scope)).rejects.toThrow(
      'MissingError is an error class in scope',
    );
  });

  it('refuses an import of a module it was not given', async () => {
    const code = example("import { readFileSync } from 'node:fs';", 'readFileSync; // => 1');
    await expect(runExample(code, scope)).rejects.toThrow(
      'README.md:1 imports node:fs, which examples may not',
    );
  });

  it('reads default, namespace, renamed and multi-line imports', async () => {
    const code = example(
      "import * as m from 'maths';",
      "import d from 'maths';",
      'import {',
      '  double as twice,',
      '  later,',
      "} from 'maths';",
      'm.double(1); // => 2',
      'd; // => 7',
      'twice(2); // => 4',
      'await later(0); // => 1',
    );
    expect(await runExample(code, { modules: { maths: { ...maths, default: 7 } } })).toBe(4);
  });

  it('puts globals in scope without an import, and lets an import shadow them', async () => {
    const bare = example('double(5); // => 10');
    expect(await runExample(bare, { ...scope, globals: maths })).toBe(1);
    const shadowed = example("import { double } from 'other';", 'double(5); // => 15');
    const other = { double: (x: number) => x * 3 };
    expect(await runExample(shadowed, { modules: { other }, globals: maths })).toBe(1);
  });
});

describe('collectExamples', () => {
  const root = mkdtempSync(join(tmpdir(), 'doc-examples-'));
  mkdirSync(join(root, 'src', 'ops'), { recursive: true });
  const fence = '```';
  writeFileSync(
    join(root, 'README.md'),
    ['# pkg', '', `${fence}ts`, 'double(1); // => 2', fence, '', `${fence}console`, '$ x', fence]
      .concat(['', `${fence}ts`, 'double(2); // => 4', fence, ''])
      .join('\n'),
  );
  const doc = (code: string) =>
    ['/**', ' * Doubles.', ' *', ' * @param x - a number', ' * @example', ` * ${fence}ts`]
      .concat([` * ${code}`, ` * ${fence}`, ' */', 'export const f = 1;', ''])
      .join('\n');
  writeFileSync(join(root, 'src', 'a.ts'), doc("import { double } from 'maths';"));
  writeFileSync(join(root, 'src', 'ops', 'b.ts'), doc('double(3); // => 6'));
  writeFileSync(join(root, 'src', 'ops', 'b.test.ts'), doc('ignored(); // => 0'));
  const rootUrl = pathToFileURL(`${root}/`);

  it('reads each ```ts block of the README, labelled with the line of its fence', () => {
    expect(collectExamples({ root: rootUrl, readme: 'README.md' })).toEqual([
      { where: 'README.md:3', from: 'readme', code: 'double(1); // => 2\n' },
      { where: 'README.md:11', from: 'readme', code: 'double(2); // => 4\n' },
    ]);
  });

  it('reads the block after each @example in the sources, and skips test files', () => {
    expect(collectExamples({ root: rootUrl, sources: ['src'] })).toEqual([
      { where: 'src/a.ts:6', from: 'tsdoc', code: "import { double } from 'maths';" },
      { where: 'src/ops/b.ts:6', from: 'tsdoc', code: 'double(3); // => 6' },
    ]);
  });

  it('tells which examples import from a module', () => {
    const [a, b] = collectExamples({ root: rootUrl, sources: ['src'] });
    expect([a, b].map((e) => e !== undefined && importsFrom(e, 'maths'))).toEqual([true, false]);
  });
});

describe('functionsNotCalled', () => {
  it('names the exported functions no example calls, leaving classes and values aside', () => {
    const shown = [example('double(2); // => 4'), example('fail; // => 1')];
    const module = { ...maths, LIMIT: 3 };
    expect(functionsNotCalled(shown, module)).toEqual(['fail', 'later']);
  });
});
