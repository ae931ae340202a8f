import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runOrThrow } from './run';

export interface PackedPackage {
  readonly tarball: string;
  /** Paths inside the tarball, relative to the package root (`dist/index.js`). */
  readonly files: readonly string[];
}

/** `npm pack`s a package directory into `destination`, as `npm publish` would upload it. */
export function pack(packageDir: string, destination: string): PackedPackage {
  mkdirSync(destination, { recursive: true });
  const output = runOrThrow(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
    packageDir,
  );
  const [report] = JSON.parse(output) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (report === undefined) throw new Error(`npm pack printed no report for ${packageDir}`);
  return {
    tarball: join(destination, report.filename.replace(/^@/, '').replace('/', '-')),
    files: report.files.map((file) => file.path),
  };
}
