import type * as z from 'zod';
import { DossierObjectSchema } from './dossier-shape';
import { checkReferences } from './references/check-references';
import { schemaRegistry } from './registry';

const DossierSchemaImpl = DossierObjectSchema.superRefine(checkReferences).register(
  schemaRegistry,
  {
    id: 'Dossier',
    title: 'Reckon dossier',
    description:
      'A case file of actors, sources, reports (with findings and estimates), claims, estimates and official responses, tied together by unique ids.',
  },
);

type DossierSchemaImplType = typeof DossierSchemaImpl;

/** The type of {@link DossierSchema}, named so that declaration files and editors refer to it by name. */
export interface DossierSchemaType extends DossierSchemaImplType {}

/**
 * A case file: the actors, sources, reports (with their findings and estimates), free-standing
 * estimates and claims, and official responses of one story, tied together by ids. Valid only
 * when every id is unique across the dossier and every reference names an entity of the right
 * kind (an `authorIds` entry an actor, a `targets.claimIds` entry a claim…); those rules are
 * checked once the document's shape is right.
 *
 * @example
 * ```ts
 * import { DossierSchema } from '@reckon/schema';
 * DossierSchema.safeParse({ schemaVersion: '0.2' }).success; // => true
 * const dangling = {
 *   schemaVersion: '0.2',
 *   responses: [{ id: 'r', respondentId: 'nobody', stance: 'denies', targets: { reportIds: ['x'] } }],
 * };
 * DossierSchema.safeParse(dangling).success; // => false
 * ```
 */
export const DossierSchema: DossierSchemaType = DossierSchemaImpl;

/** A case file; see {@link DossierSchema}. Collections are always present (empty by default). */
export interface Dossier extends z.output<DossierSchemaType> {}

/** A dossier as written, before defaults: collections may be left out. */
export type DossierInput = z.input<typeof DossierSchema>;
