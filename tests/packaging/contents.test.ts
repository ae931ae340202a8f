import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PackedPackage, pack } from './pack';
import { linkShips, markdownLinks } from './readme-links';
import { type Unpacked, unpack } from './unpack';
import { publishablePackages, repoRoot, type WorkspacePackage } from './workspace';

const packages = publishablePackages();
const packDir = mkdtempSync(join(tmpdir(), 'reckon-pack-contents-'));
const REPOSITORY = 'https://github.com/reckon-js/reckon';

/** Paths that only tests, benchmarks or fixtures use: none of them may ship. */
const TEST_ONLY =
  /(^|\/)(test|tests|test-support|test-fixtures|fixtures|bench|testing|scripts)\/|\.test(-d)?\.ts$/;

interface Manifest {
  readonly license?: string;
  readonly repository?: {
    readonly type?: string;
    readonly url?: string;
    readonly directory?: string;
  };
  readonly homepage?: string;
  readonly bugs?: { readonly url?: string };
}

describe.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))(
  '%s as packed for npm',
  (_name, pkg: WorkspacePackage) => {
    let packed: PackedPackage;
    let files: Set<string>;
    let unpacked: Unpacked;

    beforeAll(() => {
      packed = pack(pkg.dir, packDir);
      files = new Set(packed.files);
      unpacked = unpack(packed.tarball);
    });

    it('ships the LICENSE of the repository', () => {
      expect(files.has('LICENSE')).toBe(true);
      expect(unpacked.read('LICENSE')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
    });

    it('ships its CHANGELOG', () => {
      expect(unpacked.read('CHANGELOG.md')).toMatch(
        new RegExp(
          `^# ${pkg.manifest.name}\\n\\n## ${pkg.manifest.version.replaceAll('.', '\\.')}\\n`,
        ),
      );
    });

    it('names its repository folder, homepage and issue tracker', () => {
      const manifest = JSON.parse(unpacked.read('package.json')) as Manifest;
      const folder = normalize(pkg.dir).slice(normalize(repoRoot).length + 1);
      expect(manifest.license).toBe('MIT');
      expect(manifest.repository).toEqual({
        type: 'git',
        url: `git+${REPOSITORY}.git`,
        directory: folder,
      });
      expect(manifest.homepage).toBe(`${REPOSITORY}/tree/main/${folder}#readme`);
      expect(manifest.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    });

    it('ships no test, benchmark or fixture file', () => {
      expect(packed.files.filter((file) => TEST_ONLY.test(file))).toEqual([]);
    });

    it('has a README that links its API reference, and only to shipped files or full URLs', () => {
      const links = markdownLinks(unpacked.read('README.md'));
      expect(links).toContain(`${REPOSITORY}/blob/main/docs/api/${pkg.manifest.name}.md`);
      expect(links.filter((link) => !linkShips(link, files))).toEqual([]);
    });

    it('maps every declaration file to the shipped source it was written from', () => {
      const declarations = packed.files.filter((file) => file.endsWith('.d.ts'));
      expect(declarations).toContain('dist/index.d.ts');
      const unmapped: string[] = [];
      for (const declaration of declarations) {
        const map = `${declaration}.map`;
        if (!files.has(map)) {
          unmapped.push(`${declaration}: no ${map}`);
          continue;
        }
        const { sources } = JSON.parse(unpacked.read(map)) as { sources: string[] };
        for (const source of sources) {
          const shipped = normalize(join(dirname(map), source));
          if (!shipped.startsWith('src/') || !files.has(shipped))
            unmapped.push(`${map}: ${source} is not a shipped source file`);
        }
      }
      expect(unmapped).toEqual([]);
    });
  },
);

describe('the README link check', () => {
  it('finds inline links, images and reference definitions, but not code', () => {
    const markdown = [
      'See [the API](docs/api.md), ![a chart](chart.svg "Chart") and [the spec][s].',
      '',
      '[s]: https://example.org/spec',
      '',
      '`[not](a-link)`',
      '```ts',
      "const md = '[nor](this)';",
      '```',
    ].join('\n');
    expect(markdownLinks(markdown)).toEqual([
      'docs/api.md',
      'chart.svg',
      'https://example.org/spec',
    ]);
  });

  it('accepts full https URLs, anchors and shipped files; refuses the rest', () => {
    const files = new Set(['README.md', 'dist/index.js']);
    expect(linkShips('https://github.com/reckon-js/reckon', files)).toBe(true);
    expect(linkShips('#install', files)).toBe(true);
    expect(linkShips('./dist/index.js', files)).toBe(true);
    expect(linkShips('bench/size.ts', files)).toBe(false);
    expect(linkShips('../range', files)).toBe(false);
    expect(linkShips('http://example.org', files)).toBe(false);
  });
});
