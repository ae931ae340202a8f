import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.ts';
import { internalPropertyNames } from './internal-properties.ts';

export default defineConfig(packageBuild(['src/index.ts'], internalPropertyNames()));
