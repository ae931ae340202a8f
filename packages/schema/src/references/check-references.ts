import type * as z from 'zod';
import type { DossierShape } from '../dossier-shape';
import { formatPath } from '../issues/format-path';
import { messages } from '../messages';
import { checkMetrics, checkSupersedes } from './check-graphs';
import { collectReferences, referencePath } from './collect-references';
import { ENTITY_KIND_WORDS } from './entity-kind';
import { indexDossier } from './index-dossier';

/**
 * The dossier's own rules, run by `DossierSchema` once the shape is right: every id is unique,
 * every reference names an entity of a kind the field allows, revisions (`supersedes`) and
 * metrics (`partOf`) form no cycle, and metric keys are declared once.
 *
 * @param dossier - a dossier whose shape zod has accepted
 * @param ctx - zod's refinement context, which collects the issues
 */
export function checkReferences(dossier: DossierShape, ctx: z.RefinementCtx): void {
  const { byId, duplicates } = indexDossier(dossier);
  for (const duplicate of duplicates) {
    ctx.addIssue({
      code: 'custom',
      path: [...duplicate.path, 'id'],
      message: messages.duplicateId(duplicate.id, formatPath(duplicate.firstPath)),
      params: { code: 'duplicate_id' },
    });
  }
  for (const ref of collectReferences(dossier)) {
    const target = byId.get(ref.id);
    const words = ref.expects.map((kind) => ENTITY_KIND_WORDS[kind]);
    if (target === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: referencePath(ref),
        message: messages.unknownReference(ref.id, words),
        params: { code: 'unknown_reference' },
      });
    } else if (!ref.expects.includes(target.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: referencePath(ref),
        message: messages.wrongReferenceKind(ref.id, ENTITY_KIND_WORDS[target.kind], words),
        params: { code: 'wrong_reference_kind' },
      });
    }
  }
  checkSupersedes(byId, ctx);
  checkMetrics(dossier, ctx);
}
