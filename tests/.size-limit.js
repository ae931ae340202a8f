// size-limit over the published build of @reckon/range: `npm run test:size` packs the package,
// installs the tarball into a scratch app and sets RECKON_SIZE_APP to it (see size/check.ts).
import { sizeChecks } from './size/imports.ts';

const app = process.env.RECKON_SIZE_APP;
if (app === undefined) throw new Error('run size-limit through "npm run test:size -w tests"');

export default sizeChecks.map((check) => ({
  name: `import ${check.names} from '@reckon/range'`,
  path: `${app}/node_modules/@reckon/range/dist/index.js`,
  import: check.names,
  limit: `${check.limit} B`,
  gzip: true,
  // As an app's browser build would bundle it: ES modules, for the browser, minified.
  modifyEsbuildConfig: (config) => ({ ...config, platform: 'browser', format: 'esm' }),
}));
