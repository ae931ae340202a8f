// @ts-check
import { mutationConfig } from '../../stryker.shared.mjs';

const shared = mutationConfig('packages/check');

/**
 * Mutation testing for @reckon/check; run `npm run mutation` at the repository root. The
 * sandbox also holds the seed dossier of the Cambodia example, which the seed tests read
 * (`loadSeed`); the rest of `examples/` stays out.
 */
export default {
  ...shared,
  ignorePatterns: [
    ...(shared.ignorePatterns ?? []).filter((p) => p !== '/examples'),
    '/examples/*',
    '!/examples/cambodia-scam-economy',
    '/examples/cambodia-scam-economy/*',
    '!/examples/cambodia-scam-economy/dossier.json',
  ],
};
