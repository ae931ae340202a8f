/**
 * `npm run bench` (in `tests`): what importing parts of `@reckon/range` costs an app, from the
 * packed tarball installed in a scratch app, beside two libraries measured the same way in
 * the same run: interval-arithmetic (plain intervals, no units; one object, so the whole of
 * it) and mathjs (`add`, `divide` and `unit`: unit-aware arithmetic). esbuild bundles each
 * import for the browser as an ES module, minified; sizes are after gzip level 9, in kB of
 * 1000 bytes, as size-limit prints them.
 *
 * Before the build kept one file per module, `{ add }` cost 7.3 kB from the single-file
 * `dist/index.js`.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from '../packaging/workspace';
import { sizeChecks } from './imports';
import { installPackedRange } from './scratch-app';

async function minGzip(source: string, resolveDir: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
}

const app = installPackedRange();
const tests = join(repoRoot, 'tests');
const baselines = {
  'interval-arithmetic': await minGzip("export { default } from 'interval-arithmetic';", tests),
  'mathjs { add, divide, unit }': await minGzip(
    "export { add, divide, unit } from 'mathjs';",
    tests,
  ),
};

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
console.log('Bundle size from the packed @reckon/range (esbuild, browser, minified, gzip -9)');
for (const [name, bytes] of Object.entries(baselines)) console.log(`  ${name}: ${kB(bytes)}`);
for (const check of sizeChecks) {
  const bytes = await minGzip(`export ${check.names} from '@reckon/range';`, app);
  const ratios = Object.entries(baselines)
    .map(([name, base]) => `${(bytes / base).toFixed(2)}x ${name}`)
    .join(', ');
  const verdict = bytes <= check.limit ? 'within' : 'OVER';
  console.log(
    `import ${check.names}: ${kB(bytes)} (${ratios}); limit ${kB(check.limit)}: ${verdict}`,
  );
}
