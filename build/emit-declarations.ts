import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Writes a package's declarations with the TypeScript compiler: one `.d.ts` per source
 * module, each with a `.d.ts.map`, so that go-to-definition in a user's editor opens the
 * shipped `src/*.ts` rather than a declaration file. (tsup's bundled declarations cannot
 * carry declaration maps.)
 *
 * The compiler keeps relative import specifiers as written (`./ops/add`); Node's `node16`
 * resolution, which a user's project may use, needs the file (`./ops/add.js`), so each is
 * rewritten to the declaration file that exists beside it.
 *
 * @param packageDir - the package folder, holding `tsconfig.json` and `src/`
 * @param entries - the source modules to declare (their imports are followed)
 * @throws Error listing the compiler's diagnostics, when a declaration cannot be emitted
 */
export function emitDeclarations(packageDir: string, entries: readonly string[]): void {
  const configPath = join(packageDir, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error(`cannot read ${configPath}`);
  const outDir = join(packageDir, 'dist');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: true,
    outDir,
    rootDir: join(packageDir, 'src'),
    // Other workspace packages resolve to their built declarations, as a user's would:
    // the source condition would pull their source files into this package's output.
    customConditions: [],
  };
  const program = ts.createProgram(
    entries.map((entry) => resolve(packageDir, entry)),
    options,
  );
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    throw new Error(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => packageDir,
        getNewLine: () => '\n',
      }),
    );
  }
  for (const file of declarationFiles(outDir)) addJsExtensions(file);
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// `from './x'`, `import('./x')` and `import './x'` in a declaration file.
const RELATIVE_SPECIFIER = /((?:from|import)\s*\(?\s*)(['"])(\.\.?(?:\/[^'"]*)?)\2/g;

/** Rewrites `./x` to `./x.js` or `./x/index.js`, whichever declaration exists. */
function addJsExtensions(file: string): void {
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(RELATIVE_SPECIFIER, (whole, lead, quote, specifier: string) => {
    if (/\.(js|json)$/.test(specifier)) return whole;
    const target = resolve(dirname(file), specifier);
    const declared = [`${target}.d.ts`, join(target, 'index.d.ts')].find((candidate) =>
      ts.sys.fileExists(candidate),
    );
    if (declared === undefined) return whole;
    let path = relative(dirname(file), declared).replace(/\.d\.ts$/, '.js');
    if (!path.startsWith('.')) path = `./${path}`;
    return `${lead}${quote}${path}${quote}`;
  });
  if (rewritten !== text) writeFileSync(file, rewritten);
}
