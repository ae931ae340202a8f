/**
 * Set up before every test file when mutation testing runs @reckon/check's tests (see
 * `vitest.mutation.config.ts`). Each surviving mutant in the derivation code reruns the
 * soundness property (six relations of places, 1,700 runs each under `npm test`); here every
 * property does a fixed, smaller number of runs instead. A count, not a time limit: the
 * soundness test checks that each relation did all its runs, and a count keeps a mutant's
 * result independent of how busy the machine is.
 */
import fc from 'fast-check';

/** Runs per property under mutation testing; `soundness.test.ts` reads it back. */
fc.configureGlobal({ numRuns: 100 });
