/**
 * Set up before every test file when mutation testing runs @reckon/check's tests (see
 * `vitest.mutation.config.ts`). Nearly every mutant is covered by the soundness property (six
 * relations of places, 1,700 runs each under `npm test`), and vitest runs that file first, the
 * slowest: here every property does 40 runs instead (240 cases), which still kills a mutant that
 * breaks soundness on most inputs within the first few. A count, not a time limit: the
 * soundness test checks that each relation did all its runs, and a count keeps a mutant's
 * result independent of how busy the machine is.
 */
import fc from 'fast-check';

/** Runs per property under mutation testing; `soundness.test.ts` reads it back. */
fc.configureGlobal({ numRuns: 40 });
