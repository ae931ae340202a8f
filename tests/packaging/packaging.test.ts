import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Consumer } from './consumer';
import { entryPoints } from './entry-points';
import { attwProblems, publintProblems } from './lint-tarball';
import { nodeBinary, otherNodeMajors } from './node-versions';
import { type PackedPackage, pack } from './pack';
import { publishablePackages, readManifest, repoRoot, type WorkspacePackage } from './workspace';

const packages = publishablePackages();
const packDir = mkdtempSync(join(tmpdir(), 'reckon-pack-'));

describe('the packages as npm would publish them', () => {
  const packed = new Map<WorkspacePackage, PackedPackage>();
  let consumer: Consumer;
  let specifiers: string[];

  beforeAll(() => {
    for (const pkg of packages) packed.set(pkg, pack(pkg.dir, packDir));
    specifiers = packages.flatMap((pkg) => entryPoints(pkg.manifest, packed.get(pkg)!.files));
    const peers = Object.assign({}, ...packages.map((pkg) => pkg.manifest.peerDependencies ?? {}));
    const tarballs = Object.fromEntries(
      packages.map((pkg) => [pkg.manifest.name, packed.get(pkg)!.tarball]),
    );
    consumer = new Consumer({ tarballs, peers, specifiers });
  });

  it('finds the packages on disk, and tests/package.json depends on each so turbo builds it first', () => {
    expect(packages.length).toBeGreaterThan(0);
    const testDeps = readManifest(join(repoRoot, 'tests')).devDependencies ?? {};
    expect(packages.map((pkg) => pkg.manifest.name).filter((name) => !(name in testDeps))).toEqual(
      [],
    );
  });

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))(
    '%s: publint finds nothing to fix in the tarball',
    async (_name, pkg) => {
      expect(await publintProblems(packed.get(pkg)!.tarball)).toEqual([]);
    },
  );

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))(
    '%s: arethetypeswrong finds no problem in the tarball',
    (_name, pkg) => {
      expect(attwProblems(packed.get(pkg)!.tarball)).toBeNull();
    },
  );

  it('imports every entry point from an ES module', () => {
    const result = consumer.importAll();
    expect(result.output).toContain(`imported ${specifiers.length}`);
  });

  it("requires every entry point from CommonJS (Node's require of ES modules)", () => {
    const result = consumer.requireAll();
    expect(result.output).toContain(`required ${specifiers.length}`);
  });

  it.each(['node16', 'bundler'] as const)(
    'type-checks a consumer under moduleResolution %s, shipped declarations included',
    (resolution) => {
      const result = consumer.typecheck(resolution);
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    },
  );

  it.each(otherNodeMajors)('imports and requires every entry point on Node %i', (major) => {
    const node = nodeBinary(major);
    expect(consumer.importAll(node).output).toContain(`imported ${specifiers.length}`);
    expect(consumer.requireAll(node).output).toContain(`required ${specifiers.length}`);
  });
});

describe('the checks reject a package whose exports map is wrong', () => {
  const fixtureDir = join(repoRoot, 'tests/packaging/fixtures/broken-exports');
  let broken: PackedPackage;
  let consumer: Consumer;

  beforeAll(() => {
    broken = pack(fixtureDir, packDir);
    const specifiers = entryPoints(readManifest(fixtureDir), broken.files);
    consumer = new Consumer({
      tarballs: { 'broken-exports': broken.tarball },
      peers: {},
      specifiers,
    });
  });

  it('publint names the misplaced types condition and the missing files', async () => {
    const problems = (await publintProblems(broken.tarball)).join('\n');
    expect(problems).toMatch(/types.*first/i);
    expect(problems).toMatch(
      /dist\/types\/index\.d\.ts.*does not exist|does not exist.*dist\/types/i,
    );
    expect(problems).toMatch(/dist\/extra\.js/);
  });

  it('arethetypeswrong reports a problem', () => {
    expect(attwProblems(broken.tarball)).not.toBeNull();
  });

  it('importing the missing subpath fails', () => {
    const result = consumer.importAll();
    expect(result.ok).toBe(false);
    expect(result.output).toContain('extra');
  });
});
