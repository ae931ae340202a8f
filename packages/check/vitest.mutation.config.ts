import { mutationVitestConfig } from '../../test-support/mutation-vitest.ts';
import base from './vitest.config.ts';

/** The tests as mutation testing runs them; see `test-support/mutation-vitest.ts`. */
export default mutationVitestConfig(base);
