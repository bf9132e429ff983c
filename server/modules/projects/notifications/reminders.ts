import { and, eq, inArray, sql } from 'drizzle-orm';
import { chinaDate, chinaDateTime } from '../../../../domain/projects/deadline';
import { projectCalls, projects } from '../../../db/schema/projects';
import { hasRole, inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { notify } from './notify';

const soonMs = 3 * 86_400_000;

/**
 * Deadline reminders for the signed-in user, created when they look at their notifications
 * (one per project and kind, never repeated): unsubmitted drafts of a call closing within three
 * days, and for staff projects whose publicity period is over but which are not approved yet.
 */
export async function ensureReminders(ctx: AppContext, scope: Scope): Promise<void> {
  const db = ctx.database.db;
  const now = ctx.now();
  if (hasRole(scope, 'enterprise')) {
    const drafts = await db.select({ id: projects.id, title: projects.title, closesAt: projectCalls.closesAt }).from(projects)
      .innerJoin(projectCalls, eq(projectCalls.id, projects.callId))
      .where(and(eq(projects.applicantOrganisationId, scope.organisationId), inArray(projects.state, ['draft']),
        sql`${projectCalls.closesAt} > ${now.toISOString()} and ${projectCalls.closesAt} <= ${new Date(now.getTime() + soonMs).toISOString()}`));
    for (const d of drafts) {
      await notify(db, [scope.userId], {
        kind: 'deadline.application', title: `申报将于 ${chinaDateTime(d.closesAt)} 截止，申报书尚未提交：${d.title || '（未命名项目）'}`,
        link: `/projects/${d.id}`, objectType: 'project', objectId: d.id, dedupeKey: `deadline:${d.id}`,
      });
    }
  }
  if (hasRole(scope, 'staff', 'leader') && !scope.readOnly) {
    const ended = await db.select({ id: projects.id, title: projects.title, endsOn: projects.publicityEndsOn }).from(projects)
      .where(and(inRegion(scope, projects.regionCode), eq(projects.state, 'publicity'), sql`${projects.publicityEndsOn} < ${chinaDate(now)}`));
    for (const p of ended) {
      await notify(db, [scope.userId], {
        kind: 'deadline.publicity', title: `公示期已于 ${p.endsOn} 结束，待立项：${p.title}`,
        link: `/projects/${p.id}`, objectType: 'project', objectId: p.id, dedupeKey: `publicity-ended:${p.id}`,
      });
    }
  }
}
