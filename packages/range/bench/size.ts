/**
 * Minified + gzipped size of the arithmetic API alone and of the whole package, each
 * bundled from the package's TypeScript source by esbuild (minify, tree-shake, ES module)
 * as a bundler would from `dist/`. The package declares `"sideEffects": false`, so what an
 * entry does not import is left out. With `--analyze`, also prints esbuild's breakdown of
 * the arithmetic entry by module (minified bytes, before gzip).
 *
 *   npx tsx bench/size.ts [--analyze]
 */
import { gzipSync } from 'node:zlib';
import { analyzeMetafile, build, type Metafile } from 'esbuild';

const packageRoot = new URL('..', import.meta.url).pathname;

const entries = {
  // Making ranges and computing with them, without comparison, JSON, parsing or formatting.
  arithmetic:
    "export { range, point, unit, add, sub, mul, div, scale, sum, negate, convert } from '@reckon/range';",
  'arithmetic + compare + JSON':
    "export { range, point, unit, add, sub, mul, div, scale, sum, negate, convert, overlaps, contains, certainlyGreater, possiblyGreater, equals, rangeToJSON, rangeFromJSON } from '@reckon/range';",
  'whole package': "export * from '@reckon/range';",
} as const;

const TARGET_ARITHMETIC = 6 * 1024;

async function measure(
  source: string,
): Promise<{ minified: number; gzipped: number; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['@reckon/source'],
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    metafile: result.metafile,
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
console.log('@reckon/range bundle size (esbuild, minified, tree-shaken; gzip level 9)');
console.log('entry                          minified   min+gzip');
let arithmetic = 0;
let breakdown = '';
for (const [name, source] of Object.entries(entries)) {
  const { minified, gzipped, metafile } = await measure(source);
  if (name === 'arithmetic') {
    arithmetic = gzipped;
    if (process.argv.includes('--analyze')) breakdown = await analyzeMetafile(metafile);
  }
  console.log(`${name.padEnd(30)} ${kb(minified)}  ${kb(gzipped)}`);
}
console.log(
  `target: arithmetic <= ${kb(TARGET_ARITHMETIC).trim()} min+gzip: ${arithmetic <= TARGET_ARITHMETIC ? 'met' : 'NOT met'}`,
);
if (breakdown !== '') console.log(`\narithmetic entry by module (minified):${breakdown}`);
