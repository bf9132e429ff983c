import { z } from 'zod';
import { expertCategoryLabels } from '../../../../domain/projects/catalog';
import { conflictReasons, exclusionLabels } from '../../../../domain/projects/conflicts';
import { replayDraw } from '../../../../domain/projects/draw';
import type { reviewDraws } from '../../../db/schema/project-reviews';

export const drawSummary = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  kind: z.enum(['batch', 'replacement']),
  seed: z.string(),
  createdAt: z.string(),
  applications: z.number().int(),
  assignments: z.number().int(),
  exclusions: z.number().int(),
});

export const drawDetail = drawSummary.extend({
  algorithm: z.string(),
  rule: z.object({ perApplication: z.number().int(), minFinancial: z.number().int(), minTechnicalPercent: z.number() }),
  poolSize: z.number().int(),
  replayMatches: z.boolean(),
  projects: z.array(z.object({
    id: z.uuid(),
    title: z.string(),
    applicantName: z.string(),
    field: z.string(),
    assignments: z.array(z.object({ expertId: z.uuid(), expertName: z.string(), organisationName: z.string(), category: z.string(), categoryLabel: z.string(), position: z.number().int() })),
    exclusions: z.array(z.object({
      expertId: z.uuid(), expertName: z.string(), conflict: z.boolean(),
      reasons: z.array(z.object({ reason: z.string(), label: z.string(), note: z.string() })),
    })),
  })),
});

type Draw = typeof reviewDraws.$inferSelect;

export function presentDrawSummary(d: Draw) {
  const r = d.record;
  return {
    id: d.id, callId: d.callId, kind: d.kind, seed: d.seed, createdAt: d.createdAt.toISOString(),
    applications: r.input.applications.length, assignments: r.result.assignments.length, exclusions: r.result.exclusions.length,
  };
}

/** The draw as recorded, grouped by application, with a fresh replay check. */
export function presentDrawDetail(d: Draw) {
  const { input, result } = d.record;
  const pool = new Map(input.pool.map((e) => [e.id, e]));
  return {
    ...presentDrawSummary(d),
    algorithm: d.record.algorithm,
    rule: input.rule,
    poolSize: input.pool.length,
    replayMatches: replayDraw(d.record).matches,
    projects: input.applications.map((a) => ({
      id: a.id,
      title: a.title,
      applicantName: a.applicantName,
      field: a.field,
      assignments: result.assignments.filter((x) => x.applicationId === a.id).map((x) => ({
        expertId: x.expertId, expertName: pool.get(x.expertId)?.name ?? '', organisationName: pool.get(x.expertId)?.organisationName ?? '',
        category: x.category, categoryLabel: expertCategoryLabels[x.category], position: x.position,
      })),
      exclusions: result.exclusions.filter((x) => x.applicationId === a.id).map((x) => ({
        expertId: x.expertId,
        expertName: x.expertName,
        conflict: x.reasons.some((r) => conflictReasons.includes(r.reason)),
        reasons: x.reasons.map((r) => ({ reason: r.reason, label: exclusionLabels[r.reason], note: r.note })),
      })),
    })),
  };
}
