import { and, desc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fundSourceLabels, fundSources } from '../../../../domain/commissioners/vocabulary';
import { commissionerFunds, commissioners, commissionerTeams } from '../../../db/schema/commissioners';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { recordAudit } from '../../../platform/audit/audit';
import { inRegion } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { offsetOf, pageOf, pagingQuery } from '../../../platform/http/paging';
import { assertCanList, assertManager, commissionerRowScope } from '../access';
import { invalid, isoDate, optionalText } from '../common';

const f = commissionerFunds;
const amount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, '应为金额（元），最多两位小数');
const fundRow = z.object({
  id: z.uuid(), year: z.number().int(), commissioner: z.object({ id: z.uuid(), name: z.string() }).nullable(), team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  project: z.string(), source: z.enum(fundSources), sourceLabel: z.string(), amount: z.string(), disbursedOn: z.string().nullable(), purpose: z.string().nullable(), isDemo: z.boolean(),
});
const createBody = z.object({
  year: z.number().int().min(2000).max(2100).meta({ title: '年度' }),
  commissionerId: z.uuid().nullable().optional().meta({ title: '科技特派员' }),
  teamId: z.uuid().nullable().optional().meta({ title: '科技特派团' }),
  project: z.string().trim().min(2).max(100).meta({ title: '项目' }),
  source: z.enum(fundSources).meta({ title: '经费来源' }),
  amount: amount.meta({ title: '金额（元）' }),
  disbursedOn: isoDate.nullable().optional().meta({ title: '拨付日期' }),
  purpose: optionalText(200, '用途'),
});

/** 科技特派员经费: per commissioner or team and project, totals exact (decimal strings). */
export const fundRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  const db = ctx.database.db;
  app.get('/api/v1/commissioner-funds', {
    schema: { tags, summary: '科技特派员经费（分页；amount 为全部符合条件记录的金额合计）',
      querystring: z.object({ year: z.coerce.number().int().optional().meta({ title: '年度' }), commissionerId: z.uuid().optional(), ...pagingQuery }),
      response: { 200: pageOf(fundRow).extend({ amount: z.string().meta({ title: '金额合计（元）' }) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    const q = request.query;
    const where = and(commissionerRowScope(scope, { region: f.regionCode, commissioner: f.commissionerId }),
      q.year ? eq(f.year, q.year) : undefined, q.commissionerId ? eq(f.commissionerId, q.commissionerId) : undefined);
    // The page and the totals of every matching record: the sum is PostgreSQL's numeric sum, exact.
    const [rows, [totals]] = await Promise.all([
      db.select({ f, cName: commissioners.name, tName: commissionerTeams.name }).from(f)
        .leftJoin(commissioners, eq(commissioners.id, f.commissionerId)).leftJoin(commissionerTeams, eq(commissionerTeams.id, f.teamId))
        .where(where).orderBy(desc(f.year), desc(f.disbursedOn), f.id).limit(q.pageSize).offset(offsetOf(q)),
      db.select({ n: sql<number>`count(*)::int`, amount: sql<string>`coalesce(sum(${f.amount}), 0)::numeric(18,2)::text` }).from(f).where(where),
    ]);
    const items = rows.map((r) => ({ id: r.f.id, year: r.f.year, project: r.f.project, source: r.f.source, sourceLabel: fundSourceLabels[r.f.source], amount: r.f.amount,
      disbursedOn: r.f.disbursedOn, purpose: r.f.purpose, isDemo: r.f.isDemo,
      commissioner: r.f.commissionerId && r.cName ? { id: r.f.commissionerId, name: r.cName } : null, team: r.f.teamId && r.tName ? { id: r.f.teamId, name: r.tName } : null }));
    return { items, total: totals?.n ?? 0, amount: totals?.amount ?? '0.00', page: q.page, pageSize: q.pageSize };
  });

  app.post('/api/v1/commissioner-funds', { schema: { tags, summary: '登记经费拨付', body: createBody, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) => {
    const scope = requireScope(request);
    assertManager(scope);
    const input = request.body;
    if (!input.commissionerId && !input.teamId) throw invalid('commissionerId', '科技特派员', '请选择科技特派员或科技特派团');
    if (input.commissionerId) {
      const [c] = await db.select({ id: commissioners.id }).from(commissioners).where(and(eq(commissioners.id, input.commissionerId), inRegion(scope, commissioners.regionCode)));
      if (!c) throw invalid('commissionerId', '科技特派员', '不存在或超出管辖范围');
    }
    if (input.teamId) {
      const [t] = await db.select({ id: commissionerTeams.id }).from(commissionerTeams).where(and(eq(commissionerTeams.id, input.teamId), inRegion(scope, commissionerTeams.regionCode)));
      if (!t) throw invalid('teamId', '科技特派团', '不存在或超出管辖范围');
    }
    if (!(Number(input.amount) > 0)) throw invalid('amount', '金额（元）', '应大于 0');
    const values = { ...input, commissionerId: input.commissionerId ?? null, teamId: input.teamId ?? null, regionCode: scope.regionCode };
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(f).values(values).returning({ id: f.id });
      await recordAudit(tx, actorOf(request), { action: 'commissioner_fund.create', objectType: 'commissioner_fund', objectId: row!.id, details: { after: values } });
      return row!.id;
    });
    return reply.status(201).send({ id });
  });

  app.get('/api/v1/commissioner-funds/summary', {
    schema: { tags, summary: '经费按年度与来源汇总', response: { 200: z.object({ items: z.array(z.object({ year: z.number().int(), source: z.enum(fundSources), amount: z.string() })) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope, false);
    const items = await db.select({ year: f.year, source: f.source, amount: sql<string>`sum(${f.amount})::text` }).from(f)
      .where(inRegion(scope, f.regionCode)).groupBy(f.year, f.source).orderBy(desc(f.year), f.source);
    return { items };
  });
};
