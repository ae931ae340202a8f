/**
 * What an app imports from `@reckon/range`, and the most it may cost, minified and gzipped
 * (level 9) by esbuild for the browser, in bytes (1 kB = 1000 B, as size-limit prints). `npm run test:size` holds the package to these
 * limits (size-limit, `tests/.size-limit.js`); `npm run bench` prints the same figures beside
 * other libraries'.
 */
export interface SizeCheck {
  /** The names imported, as written between the braces of an import. */
  readonly names: string;
  /** The most it may cost, in bytes. */
  readonly limit: number;
  /** Why the limit is what it is. */
  readonly why: string;
}

export const sizeChecks: readonly SizeCheck[] = [
  {
    names: '{ add }',
    limit: 4_000,
    why: 'arithmetic alone leaves units parsing, formatting and the parser out',
  },
  {
    names: '{ parseRange, formatRange, div }',
    // The goal is 15 kB, but `parseRange` alone costs 15.9 kB today (its lexicons and
    // messages): this ceiling, just above today's 20.5 kB, only stops growth until the
    // parser shrinks.
    limit: 21_000,
    why: 'a ceiling just above today’s 20.5 kB; the goal is 15 kB',
  },
];
