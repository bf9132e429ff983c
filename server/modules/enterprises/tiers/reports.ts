import { and, eq } from 'drizzle-orm';
import { reportYearsOf } from '../../../../domain/enterprise/hnte-reports';
import { enterpriseTiers, hnteAnnualReports } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { invalid } from '../common/errors';
import { todayOf } from '../common/today';
import { lockEnterprise } from '../master/repo';
import { canKeepOwnData } from '../policy';

/** Records that the 高企 annual report for a year was filed (on the national platform). */
export async function fileHnteReport(ctx: AppContext, scope: Scope, actor: Actor, enterpriseId: string, input: { reportYear: number; filedOn: string }) {
  const today = todayOf(ctx);
  return ctx.database.db.transaction(async (tx) => {
    const ent = await lockEnterprise(tx, scope, enterpriseId);
    if (!ent) throw notFound('企业');
    if (!canKeepOwnData(scope, ent)) throw forbidden('您无权登记该企业的高企年报');
    if (input.filedOn > today) throw invalid('filedOn', '填报日期', '不能晚于今天');
    const certs = await tx.select({ issuedOn: enterpriseTiers.issuedOn }).from(enterpriseTiers)
      .where(and(eq(enterpriseTiers.enterpriseId, enterpriseId), eq(enterpriseTiers.kind, 'hnte')));
    if (!certs.some((c) => c.issuedOn && reportYearsOf(c.issuedOn).includes(input.reportYear))) {
      throw invalid('reportYear', '报告年度', '该年度不在本企业高企证书的年报范围内');
    }
    if (input.filedOn < `${input.reportYear + 1}-01-01`) throw invalid('filedOn', '填报日期', '年报在报告年度结束后才能填报');
    const [dup] = await tx.select({ id: hnteAnnualReports.id }).from(hnteAnnualReports)
      .where(and(eq(hnteAnnualReports.enterpriseId, enterpriseId), eq(hnteAnnualReports.reportYear, input.reportYear)));
    if (dup) throw new AppError('DUPLICATE', `${input.reportYear} 年度高企年报已登记`);
    await tx.insert(hnteAnnualReports).values({ enterpriseId, ...input, recordedBy: actor.userId });
    await recordAudit(tx, actor, { action: 'enterprise.hnte_report.file', objectType: 'enterprise', objectId: enterpriseId, details: { after: input } });
  });
}
