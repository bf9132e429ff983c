import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { isoDate } from '../common';
import { coverageOf } from './service';

const share = { covered: z.number().int(), total: z.number().int(), percent: z.string().nullable() };
const person = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const village = z.object({ code: z.string(), name: z.string(), townName: z.string() });

const counted = { uncovered: z.number().int(), commissioners: z.number().int(), excludedCommunities: z.number().int() };

export const coverageResponse = z.object({
  date: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /** county: a county or town with its villages and 1:1 lists; area: a city or province, one row per county, counts only. */
  level: z.enum(['county', 'area']),
  totals: z.object({ ...share, ...counted }),
  counties: z.array(z.object({ regionCode: z.string(), regionName: z.string(), ...share, ...counted, shared: z.number().int() })),
  towns: z.array(z.object({ townCode: z.string(), townName: z.string(), ...share, uncovered: z.number().int(), shared: z.number().int(), commissioners: z.number().int() })),
  oneToOne: z.object({
    allCovered: z.boolean(),
    strict: z.boolean(),
    counts: z.object({ uncoveredVillages: z.number().int(), sharedVillages: z.number().int(), commissionersWithoutVillage: z.number().int(), commissionersWithSeveral: z.number().int() }),
    uncoveredVillages: z.array(village),
    sharedVillages: z.array(village.extend({ commissioners: z.array(person) })),
    commissionersWithoutVillage: z.array(person),
    commissionersWithSeveral: z.array(person.extend({ count: z.number().int() })),
  }),
  villages: z.array(z.object({ code: z.string(), name: z.string(), townCode: z.string(), commissioners: z.array(z.string()) })),
});

export const coverageRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/v1/coverage', {
    schema: {
      tags: ['科技特派员'],
      summary: '行政村科技特派员覆盖情况（县：按乡镇、1:1 检查；市、省：按县汇总）',
      description: '行政村 = 名称以“村委会/村民委员会”结尾的村级区划（社区居委会和虚拟单位不计入）。覆盖率向下取整到 0.01%。'
        + '县（区）或乡镇（level=county）列出各村与 1:1 检查名单；市或省（level=area）只给各县汇总（counties）和 1:1 检查的计数，用 regionCode 指定某县查看明细。',
      querystring: z.object({
        regionCode: z.string().regex(/^\d{4}(\d{2}(\d{3})?)?$/).optional().meta({ title: '县（区）或乡镇' }),
        date: isoDate.optional().meta({ title: '统计日期' }),
      }),
      response: { 200: coverageResponse },
    },
  }, async (request) => coverageOf(ctx, requireScope(request), request.query));
};
