// @ts-check
import { mutationConfig } from '../../stryker.shared.mjs';

/** Mutation testing for @reckon/check; run `npm run mutation` at the repository root. */
export default mutationConfig('packages/check');
