import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shortVillageName } from '../../../../domain/commissioners/villages';
import { baseKindLabels, baseKinds, commissionerLevels } from '../../../../domain/commissioners/vocabulary';
import { regions } from '../../../db/schema';
import { commissionerBases, commissioners, commissionerTeams } from '../../../db/schema/commissioners';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { recordAudit } from '../../../platform/audit/audit';
import { inRegion } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { assertCanList, assertManager, regionRowScope } from '../access';
import { assertVillage, invalid, isoDate, optionalText, villageCode } from '../common';

const b = commissionerBases;
const baseRow = z.object({
  id: z.uuid(), name: z.string(), kind: z.enum(baseKinds), kindLabel: z.string(), level: z.enum(commissionerLevels).nullable(),
  villageCode: z.string(), villageName: z.string(), commissionerName: z.string().nullable(), teamName: z.string().nullable(),
  industry: z.string().nullable(), establishedOn: z.string().nullable(), notes: z.string().nullable(), isDemo: z.boolean(),
});
const createBody = z.object({
  name: z.string().trim().min(2).max(100).meta({ title: '名称' }),
  kind: z.enum(baseKinds).meta({ title: '类型' }),
  level: z.enum(commissionerLevels).nullable().optional().meta({ title: '级别' }),
  villageCode: villageCode.meta({ title: '所在村' }),
  commissionerId: z.uuid().nullable().optional().meta({ title: '负责科技特派员' }),
  teamId: z.uuid().nullable().optional().meta({ title: '负责科技特派团' }),
  industry: optionalText(60, '产业'),
  establishedOn: isoDate.nullable().optional().meta({ title: '建立日期' }),
  notes: optionalText(500, '备注'),
});

/** 示范基地、服务样本点、帮扶点、工作站, each linked to a village. */
export const baseRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  const db = ctx.database.db;
  app.get('/api/v1/commissioner-bases', {
    schema: { tags, summary: '示范基地与服务点', querystring: z.object({ kind: z.enum(baseKinds).optional().meta({ title: '类型' }) }), response: { 200: z.object({ items: z.array(baseRow) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope, false);
    const rows = await db.select({ b, village: regions.name, cName: commissioners.name, tName: commissionerTeams.name }).from(b)
      .innerJoin(regions, eq(regions.code, b.villageCode)).leftJoin(commissioners, eq(commissioners.id, b.commissionerId)).leftJoin(commissionerTeams, eq(commissionerTeams.id, b.teamId))
      .where(and(regionRowScope(scope, b.regionCode), request.query.kind ? eq(b.kind, request.query.kind) : undefined)).orderBy(asc(b.kind), asc(b.villageCode));
    return { items: rows.map((r) => ({ id: r.b.id, name: r.b.name, kind: r.b.kind, kindLabel: baseKindLabels[r.b.kind], level: r.b.level, villageCode: r.b.villageCode,
      villageName: shortVillageName(r.village), commissionerName: r.cName, teamName: r.tName, industry: r.b.industry, establishedOn: r.b.establishedOn, notes: r.b.notes, isDemo: r.b.isDemo })) };
  });

  app.post('/api/v1/commissioner-bases', { schema: { tags, summary: '登记示范基地或服务点', body: createBody, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) => {
    const scope = requireScope(request);
    assertManager(scope);
    await assertVillage(db, scope, request.body.villageCode);
    const { commissionerId, teamId } = request.body;
    if (commissionerId && !(await db.select({ id: commissioners.id }).from(commissioners).where(and(eq(commissioners.id, commissionerId), inRegion(scope, commissioners.regionCode)))).length) {
      throw invalid('commissionerId', '负责科技特派员', '不存在或超出管辖范围');
    }
    if (teamId && !(await db.select({ id: commissionerTeams.id }).from(commissionerTeams).where(and(eq(commissionerTeams.id, teamId), inRegion(scope, commissionerTeams.regionCode)))).length) {
      throw invalid('teamId', '负责科技特派团', '不存在或超出管辖范围');
    }
    const values = { ...request.body, level: request.body.level ?? null, commissionerId: request.body.commissionerId ?? null, teamId: request.body.teamId ?? null, regionCode: scope.regionCode };
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(b).values(values).returning({ id: b.id });
      await recordAudit(tx, actorOf(request), { action: 'commissioner_base.create', objectType: 'commissioner_base', objectId: row!.id, details: { after: values } });
      return row!.id;
    });
    return reply.status(201).send({ id });
  });
};
