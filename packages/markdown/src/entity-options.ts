import type { Dossier } from '@reckon/schema';
import { type BriefOptions, type ResolvedOptions, resolveOptions } from './options';

/**
 * Options for rendering one entity (a report, a response, a list of estimates) on its own:
 * the brief options, plus the dossier it belongs to, so ids of actors and sources become names
 * and citations. Without `dossier`, a reference is shown by its id.
 */
export interface EntityOptions extends BriefOptions {
  readonly dossier?: Dossier;
}

/**
 * Splits entity options into resolved brief options and the dossier.
 *
 * @param options - what the caller passed
 * @returns the resolved options and the dossier, if any
 * @throws {@link BriefOptionsError} for bad options
 */
export function resolveEntityOptions(options: EntityOptions | undefined): {
  readonly resolved: ResolvedOptions;
  readonly dossier: Dossier | undefined;
} {
  return { resolved: resolveOptions(options), dossier: options?.dossier };
}
