import type { PackageJson } from './workspace';

/**
 * The module specifiers a consumer can import, read from the exports map of a packed
 * package: `@reckon/schema`, `@reckon/schema/json-schema/dossier.json`... Wildcard subpaths are
 * expanded against the files actually in the tarball, so a pattern that matches nothing is
 * caught as an entry point with no files.
 */
export function entryPoints(manifest: PackageJson, files: readonly string[]): string[] {
  const exportsMap = manifest.exports ?? { '.': null };
  const specifiers: string[] = [];
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (subpath === './package.json') continue;
    if (!subpath.includes('*')) {
      specifiers.push(manifest.name + subpath.slice(1));
      continue;
    }
    const pattern = typeof target === 'string' ? target : null;
    if (pattern === null)
      throw new Error(`${manifest.name}: wildcard ${subpath} needs a string target`);
    const [prefix = '', suffix = ''] = pattern.replace(/^\.\//, '').split('*');
    const matches = files.filter((file) => file.startsWith(prefix) && file.endsWith(suffix));
    if (matches.length === 0) throw new Error(`${manifest.name}: ${subpath} matches no file`);
    const [subPrefix = '', subSuffix = ''] = subpath.slice(1).split('*');
    for (const file of matches) {
      const stem = file.slice(prefix.length, file.length - suffix.length);
      specifiers.push(`${manifest.name}${subPrefix}${stem}${subSuffix}`);
    }
  }
  return specifiers;
}

export const isJsonSpecifier = (specifier: string): boolean => specifier.endsWith('.json');
