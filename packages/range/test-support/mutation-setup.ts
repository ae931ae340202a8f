/**
 * Set up before every test file under mutation testing, after the shared setup
 * (`../../test-support/mutation-setup.ts`), whose time limit it shortens. A surviving mutant
 * in this package's core (range construction, units) is covered by about a hundred
 * properties, each of which runs to its limit: at 400 ms that is most of a minute per mutant.
 * A mutant that breaks a law nearly always fails it within the first few dozen runs, which
 * take a few milliseconds each; a property cut short passes only if no run so far has failed,
 * and under `npm test` every property still does all its runs. Not shorter: a property
 * interrupted before its first run fails, and on a loaded machine the first run of a file
 * (compiling its code) can take over 100 ms.
 */
import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 200, markInterruptAsFailure: false });
