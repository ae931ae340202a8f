/**
 * Set up before every test file under mutation testing (see `mutation-vitest.ts`). A mutant is
 * run against every test that covers it, hundreds of times over, and the property tests are
 * most of that time: each property stops after a time limit instead of its full number of runs,
 * and a property cut short passes only if no run so far has failed. Under `npm test` properties
 * always do every run.
 */
import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 400, markInterruptAsFailure: false });
