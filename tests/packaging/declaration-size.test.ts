/**
 * How much TypeScript a user's own declaration files grow by when they use @reckon/schema: the
 * schema's types are named (Dossier, Estimate…), so a consumer's `.d.ts` refers to them by name
 * instead of spelling out their structure, and the shipped declarations spell each shape once.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Consumer } from './consumer';
import { pack } from './pack';
import { runOrThrow } from './run';
import { publishablePackages, repoRoot } from './workspace';

const KB = 1024;

describe('declaration sizes of @reckon/schema, from its packed tarball', () => {
  let consumer: Consumer;

  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'reckon-dts-pack-'));
    const wanted = ['@reckon/range', '@reckon/schema'];
    const packages = publishablePackages().filter((pkg) => wanted.includes(pkg.manifest.name));
    const tarballs = Object.fromEntries(
      packages.map((pkg) => [pkg.manifest.name, pack(pkg.dir, packDir).tarball]),
    );
    consumer = new Consumer({ tarballs, peers: { zod: '^4.6.0' }, specifiers: [] });
  });

  it('a one-line consumer of parseDossier emits at most 4 KB of .d.ts', () => {
    const dir = consumer.dir;
    writeFileSync(
      join(dir, 'load.ts'),
      "import { parseDossier } from '@reckon/schema';\nexport function load(x: unknown) { return parseDossier(x) }\n",
    );
    const tsc = join(repoRoot, 'node_modules/.bin/tsc');
    runOrThrow(
      tsc,
      [
        'load.ts',
        '--declaration',
        '--emitDeclarationOnly',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--strict',
        '--skipLibCheck',
        '--outDir',
        'out',
      ],
      dir,
    );
    const emitted = readFileSync(join(dir, 'out/load.d.ts'), 'utf8');
    expect(emitted).toContain('Dossier');
    expect(emitted.length).toBeLessThanOrEqual(4 * KB);
  });

  // The declarations ship one file per module (as the code does), so "each shape once" and the
  // size ceiling hold for all of them together, as they did for the one bundled index.d.ts.
  const shippedDeclarations = (): string[] => {
    const dist = join(consumer.dir, 'node_modules/@reckon/schema/dist');
    return readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.d.ts'))
      .map((name) => join(dist, name));
  };

  it('ships declarations that spell each shape once: the 250 country codes appear once', () => {
    const files = shippedDeclarations();
    expect(files).toContain(join(consumer.dir, 'node_modules/@reckon/schema/dist/index.d.ts'));
    // Once, in COUNTRY_CODES, not once per use.
    const mentions = files.map((file) => readFileSync(file, 'utf8').split('"AD"').length - 1);
    expect(mentions.reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  // The ceiling was 60 KB for the one bundled index.d.ts. Declarations now ship one file
  // per module, with their TSDoc (editors show it on hover): the code is held to 60 KB in all,
  // and code with its documentation to 120 KB (115 KB when this was written).
  const sizes = () => {
    let total = 0;
    let code = 0;
    for (const file of shippedDeclarations()) {
      const text = readFileSync(file, 'utf8');
      total += text.length;
      code += text.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/^\s*\n/gm, '').length;
    }
    return { total, code };
  };

  it('ships at most 60 KB of declaration code in all, TSDoc comments aside (one bundled index.d.ts was 408 KB)', () => {
    expect(sizes().code).toBeLessThanOrEqual(60 * KB);
  });

  it('ships at most 120 KB of declarations in all, TSDoc comments included', () => {
    expect(sizes().total).toBeLessThanOrEqual(120 * KB);
  });
});
