import { version } from '../package.json';

/** The version of @reckon/cli, printed by `reckon --version`; set when the package is built. */
export const VERSION: string = version;
