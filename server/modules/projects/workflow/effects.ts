import { sql } from 'drizzle-orm';
import type { ProjectEvent } from '../../../../domain/projects/events';
import { approvedAmountProblem } from '../../../../domain/projects/funds';
import type { Tx } from '../../../db/client';
import { projects } from '../../../db/schema/projects';
import { AppError } from '../../../platform/errors';
import { loadApplicant, snapshotOf } from '../applications/applicant';
import type { TransitionBody } from './schemas';

type Project = typeof projects.$inferSelect;
type Changes = Partial<typeof projects.$inferInsert>;

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** Next 项目编号 of a county and year: 2026-341522-007. Serialised per prefix by an advisory lock. */
async function nextProjectNo(tx: Tx, p: Project): Promise<string> {
  const prefix = `${p.year}-${p.regionCode.slice(0, 6)}-`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`project_no:${prefix}`}))`);
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(projects).where(sql`${projects.projectNo} like ${`${prefix}%`}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

/** Column changes a step brings besides the state (snapshot, dates, amounts, number). */
export async function effectsOf(tx: Tx, event: ProjectEvent, p: Project, body: TransitionBody, now: Date, today: string): Promise<Changes> {
  switch (event) {
    case 'submit': {
      const applicant = await loadApplicant(tx, p.enterpriseId, today);
      return { applicantSnapshot: applicant ? snapshotOf(applicant) : null, submittedAt: now };
    }
    case 'withdraw':
      return { applicantSnapshot: null, submittedAt: null };
    case 'publish':
      return { publicityStartsOn: body.publicityStartsOn!, publicityEndsOn: body.publicityEndsOn! };
    case 'approve': {
      if (!body.approvedAmount) throw invalid('approvedAmount', '请填写立项金额（元）');
      const problem = approvedAmountProblem(p.requestedFiscal, body.approvedAmount);
      if (problem) throw invalid('approvedAmount', problem);
      return { approvedAmount: body.approvedAmount, approvedAt: now, projectNo: await nextProjectNo(tx, p) };
    }
    case 'accept_extend':
      if (p.endOn && body.newEndOn! <= p.endOn) throw invalid('newEndOn', '延期后的结题日期应晚于原结束日期');
      return { endOn: body.newEndOn! };
    case 'upper_approve':
      return { fundingWon: body.fundingWon!, approvedAmount: body.fundingWon!, approvedAt: now, projectNo: await nextProjectNo(tx, p) };
    default:
      return {};
  }
}
