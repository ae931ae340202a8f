import type * as z from 'zod';
import type { DossierShape } from '../dossier-shape';
import { formatPath } from '../issues/format-path';
import type { PathSegment } from '../issues/types';
import { messages } from '../messages';
import { findCycles } from './find-cycles';
import type { IndexedEntity } from './index-dossier';

type Issue = (path: readonly PathSegment[], message: string, code: string) => void;

const reporter =
  (ctx: z.RefinementCtx): Issue =>
  (path, message, code) =>
    ctx.addIssue({ code: 'custom', path: [...path], message, params: { code } });

/**
 * The rules of `metrics`: each key declared once, each `partOf` naming a declared metric, and
 * no metric part of itself through a chain of `partOf`.
 *
 * @param dossier - a dossier whose shape zod has accepted
 * @param ctx - zod's refinement context, which collects the issues
 */
export function checkMetrics(dossier: DossierShape, ctx: z.RefinementCtx): void {
  const issue = reporter(ctx);
  const firstIndex = new Map<string, number>();
  dossier.metrics.forEach((metric, i) => {
    const first = firstIndex.get(metric.key);
    if (first === undefined) firstIndex.set(metric.key, i);
    else {
      issue(
        ['metrics', i, 'key'],
        messages.duplicateMetric(metric.key, formatPath(['metrics', first])),
        'duplicate_metric',
      );
    }
  });
  const partOf = new Map<string, string>();
  dossier.metrics.forEach((metric, i) => {
    if (metric.partOf === undefined) return;
    if (!firstIndex.has(metric.partOf)) {
      issue(['metrics', i, 'partOf'], messages.unknownMetric(metric.partOf), 'unknown_metric');
    } else if (firstIndex.get(metric.key) === i) partOf.set(metric.key, metric.partOf);
  });
  for (const cycle of findCycles([...firstIndex.keys()], partOf)) {
    const at = firstIndex.get(cycle[0] as string) as number;
    issue(['metrics', at, 'partOf'], messages.cycle('partOf', cycle), 'reference_cycle');
  }
}

/**
 * Refuses a cycle of `supersedes`: a revision chain must have a first figure. References that
 * name no estimate are reported elsewhere and ignored here.
 *
 * @param byId - the dossier's entities by id, in document order
 * @param ctx - zod's refinement context, which collects the issues
 */
export function checkSupersedes(
  byId: ReadonlyMap<string, IndexedEntity>,
  ctx: z.RefinementCtx,
): void {
  const issue = reporter(ctx);
  const next = new Map<string, string>();
  const order: string[] = [];
  for (const [id, entry] of byId) {
    if (entry.kind !== 'estimate') continue;
    order.push(id);
    const target = entry.entity.supersedes;
    // A self-reference is reported by the estimate's own rules.
    if (target !== undefined && target !== id && byId.get(target)?.kind === 'estimate') {
      next.set(id, target);
    }
  }
  for (const cycle of findCycles(order, next)) {
    const path = byId.get(cycle[0] as string)?.path ?? [];
    issue([...path, 'supersedes'], messages.cycle('supersedes', cycle), 'reference_cycle');
  }
}
