import { and, eq } from 'drizzle-orm';
import { type Refusal, decide } from '../../../../domain/projects/workflow';
import type { DbOrTx } from '../../../db/client';
import { projectCalls, projectEvents, projects } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { findProject } from '../applications/repo';
import { staleProject } from '../applications/service';
import { actorRolesFor } from '../shared/access';
import { displayNameOf } from '../shared/people';
import { effectsOf } from './effects';
import { gatherFacts } from './facts';
import { noticeForState } from './notices';
import type { TransitionBody } from './schemas';

export async function loadCall(db: DbOrTx, id: string) {
  const [row] = await db.select().from(projectCalls).where(eq(projectCalls.id, id));
  return row!;
}

export function refusalError(d: Refusal): AppError {
  if (d.kind === 'role') return new AppError('FORBIDDEN', d.reason);
  if (d.kind === 'comment') return new AppError('VALIDATION_FAILED', d.reason, [{ field: 'comment', message: d.reason }]);
  return new AppError('INVALID_TRANSITION', d.reason);
}

/**
 * One workflow step: the state machine decides, the row moves only if nobody moved it since the
 * caller read it (version), and the step, its audit row and the notices commit together.
 */
export async function transitionProject(ctx: AppContext, scope: Scope, actor: Actor, id: string, body: TransitionBody) {
  const db = ctx.database.db;
  const before = await findProject(db, scope, id);
  if (!before) throw notFound('项目');
  const p = before.project;
  if (body.version !== p.version) throw staleProject();
  const call = await loadCall(db, p.callId);
  const now = ctx.now();
  const facts = await gatherFacts(db, p, call, now, body);
  const d = decide({ state: p.state, track: p.track, event: body.event, roles: actorRolesFor(scope, p), comment: body.comment, facts });
  if (!d.ok) throw refusalError(d);
  await db.transaction(async (tx) => {
    const changes = await effectsOf(tx, body.event, p, body, now, facts.today);
    const done = await tx.update(projects).set({ ...changes, state: d.next, version: p.version + 1, updatedAt: now })
      .where(and(eq(projects.id, id), eq(projects.version, p.version), eq(projects.state, p.state))).returning({ id: projects.id });
    if (!done.length) throw staleProject();
    const { version: _v, event, comment, ...payload } = body;
    const recorded = Object.fromEntries(Object.entries({ ...payload, projectNo: changes.projectNo }).filter(([, v]) => v != null));
    await tx.insert(projectEvents).values({
      projectId: id, event, fromState: p.state, toState: d.next, actorId: scope.userId, actorName: await displayNameOf(tx, scope.userId), comment: comment ?? null, payload: recorded, at: now,
    });
    await recordAudit(tx, actor, {
      action: `project.${event}`, objectType: 'project', objectId: id,
      details: { before: { state: p.state, version: p.version }, after: { state: d.next, version: p.version + 1, ...recorded }, comment: comment ?? null },
    });
    if (d.next !== p.state) await noticeForState(tx, d.next, { ...p, title: p.title }, call.regionCode, comment ?? null);
  });
  return (await findProject(db, scope, id))!;
}
