/**
 * The time limits of tests that start another process: a child `node`, `npm start`, `npx tsx`,
 * a build, `npm pack` and `npm install`, or a browser. Every vitest config whose tests do so
 * spreads this object into its `test` options, so the limits are set here and nowhere else.
 *
 * They guard against a hang; they are not timing assertions. On a two-core machine with
 * other suites running beside, starting `npm` alone can take several seconds, and vitest's
 * default of 5 s failed such tests that were correct. Speed is measured by `npm run bench`.
 */
export const processTimeouts = {
  /** One test: a few child processes, or a browser page, run one after another. */
  testTimeout: 300_000,
  /** A `beforeAll`: packing and installing every package, or starting a browser. */
  hookTimeout: 600_000,
} as const;
