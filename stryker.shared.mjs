// @ts-check
/**
 * Mutation testing (StrykerJS with its vitest runner), one configuration per package:
 * `packages/<name>/stryker.config.mjs` calls this. `npm run mutation` at the repository root
 * runs every package's; it is slow (see each package README's "Mutation score" line), so it
 * is not part of `npm test`.
 *
 * Stryker runs from the repository root, so its sandbox holds the shared test code the
 * packages' tests import (`test-support/`, `vitest.shared.ts`). Every source file of the
 * package is mutated; only tests and test helpers are not. Incremental: a run reuses the
 * results of mutants and tests that did not change since the last one, kept in the package's
 * `reports/mutation/` (ignored by git: the file is large, machine-specific in its timings,
 * and would conflict on every branch that touches the package's source).
 *
 * @param {string} dir - the package directory, e.g. `packages/range`
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function mutationConfig(dir) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: `${dir}/vitest.mutation.config.ts`, dir },
    mutate: [
      `${dir}/src/**/*.ts`,
      `!${dir}/src/**/*.test.ts`,
      `!${dir}/src/**/*.test-d.ts`,
      // Test helpers, not shipped (see `files` in the package.json).
      `!${dir}/src/testing/**`,
    ],
    // Only this package, the shared test code, the labelled corpus and the seed dossier are
    // copied; dependencies resolve through the linked node_modules to the workspace. The
    // parser's corpus tests read `tests/corpus/`, and its extraction tests the seed dossier's
    // quotes: without them those files fail to load, and a run that drops a test file still
    // passes its initial run, so their mutants would count as survivors.
    ignorePatterns: [
      '/examples/*',
      '!/examples/cambodia-scam-economy',
      '/tests/*',
      '!/tests/corpus',
      '/packages/*',
      `!/${dir}`,
    ],
    coverageAnalysis: 'perTest',
    // A static mutant (module-level code: the message tables, lexicons and regular
    // expressions) is only visible to a fresh import, so each would rerun the whole suite,
    // about a minute apiece here. They are counted as ignored, and each README says how many.
    ignoreStatic: true,
    incremental: true,
    incrementalFile: `${dir}/reports/mutation/incremental.json`,
    htmlReporter: { fileName: `${dir}/reports/mutation/index.html` },
    jsonReporter: { fileName: `${dir}/reports/mutation/report.json` },
    reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    // The machines it runs on are often shared: two workers at most.
    concurrency: 2,
    timeoutMS: 20000,
    thresholds: { high: 90, low: 85, break: 85 },
    tempDirName: `${dir}/.stryker-tmp`,
  };
}
